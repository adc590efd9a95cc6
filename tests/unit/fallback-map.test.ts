/**
 * The map without WebGL (src/fallback/): projection, simplification, path data and the certainty look,
 * and the scene drawn from the real geodata/ and basemap.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import manifestJson from '../../geodata/manifest.json';
import { PRECISIONS, STATUSES, type LayerEntry, type Manifest } from '../../src/data/schema';
import { certaintyLook, PRECISION_LOOK, STATUS_DASH } from '../../src/fallback/certainty';
import { geometryPath, pointPositions } from '../../src/fallback/paths';
import { boundsOf, fitFrame, mercator, project, type Bbox } from '../../src/fallback/projection';
import { basemapScene, layerScene, situationFrame, SVG_WIDTH } from '../../src/fallback/scene';
import { isSpeck, simplifyLine } from '../../src/fallback/simplify';
import { decodeBasemap } from '../../src/map/basemapFile';
import { precisionMarks } from '../../src/map/certainty';

const manifest = manifestJson as unknown as Manifest;
const layers = manifest.layers.map((entry) => ({
  entry,
  data: JSON.parse(readFileSync(`geodata/${entry.file}`, 'utf8')) as FeatureCollection
}));
const basemap = decodeBasemap(JSON.parse(readFileSync('public/basemap.topo.json', 'utf8')) as Topology);

describe('projection', () => {
  it('is Web Mercator: the equator halfway down, 85.05° at the top edge', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([-180, 85.051129])[1]).toBeCloseTo(0, 6);
    expect(mercator([180, -85.051129])).toEqual([1, expect.closeTo(1, 6)]);
  });

  it('fits a box into the width, its corners at the frame corners, north up', () => {
    const box: Bbox = [-70, 5, -60, 15];
    const frame = fitFrame(box, 1000);
    expect(project(frame, [-70, 15])).toEqual([0, 0]);
    const [x, y] = project(frame, [-60, 5]);
    expect(x).toBe(1000);
    expect(y).toBeCloseTo(frame.height, 0);
    // Mercator stretches latitudes: ten degrees of latitude near the equator are a little taller than wide.
    expect(frame.height).toBeGreaterThan(1000);
    expect(frame.height).toBeLessThan(1030);
  });

  it('bounds grow by the margin, stay inside the limit, and skip junk positions', () => {
    const limit: Bbox = [-95, -5, -45, 25];
    const points = [
      [-66, 10],
      [-60, 12],
      [NaN, 3],
      [-94.5, 24.8]
    ];
    expect(boundsOf(points, 1, limit)).toEqual([-95, 9, -59, 25]);
    expect(boundsOf(points.slice(0, 2), 1, limit)).toEqual([-67, 9, -59, 13]);
    expect(boundsOf([], 1, limit)).toBeNull();
  });
});

describe('simplification', () => {
  it('drops points closer to the line than the tolerance, keeps the ends and the corners', () => {
    const line: Array<[number, number]> = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [3, 5],
      [3.1, 6],
      [3, 10]
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 10]
    ]);
    expect(simplifyLine(line, 0.01)).toEqual(line);
    expect(simplifyLine(line.slice(0, 2), 5)).toEqual(line.slice(0, 2));
  });

  it('calls a ring smaller than the size in both directions a speck', () => {
    expect(
      isSpeck(
        [
          [0, 0],
          [0.5, 0],
          [0.5, 0.5]
        ],
        1
      )
    ).toBe(true);
    expect(
      isSpeck(
        [
          [0, 0],
          [5, 0],
          [5, 0.5]
        ],
        1
      )
    ).toBe(false);
  });
});

describe('path data', () => {
  const frame = fitFrame([-70, 5, -60, 15], 1000);

  it('closes rings, leaves lines open, and draws nothing for points or nothing', () => {
    const polygon = geometryPath(
      {
        type: 'Polygon',
        coordinates: [
          [
            [-70, 5],
            [-60, 5],
            [-60, 15],
            [-70, 15],
            [-70, 5]
          ]
        ]
      },
      frame
    );
    expect(polygon).toMatch(/^M0 \d+(\.\d)?L1000 \d+(\.\d)?L1000 0L0 0L0 \d+(\.\d)?Z$/);
    expect(
      geometryPath(
        {
          type: 'LineString',
          coordinates: [
            [-70, 15],
            [-60, 15]
          ]
        },
        frame
      )
    ).toBe('M0 0L1000 0');
    expect(geometryPath({ type: 'Point', coordinates: [-65, 10] }, frame)).toBe('');
    expect(geometryPath(null, frame)).toBe('');
  });

  it('leaves out an islet too small to see', () => {
    const islet = [
      [-65, 10],
      [-64.999, 10],
      [-64.999, 10.001],
      [-65, 10]
    ];
    expect(geometryPath({ type: 'Polygon', coordinates: [islet] }, frame)).toBe('');
  });

  it('finds the points of points, multipoints and collections', () => {
    expect(pointPositions({ type: 'Point', coordinates: [1, 2] })).toEqual([[1, 2]]);
    expect(
      pointPositions({
        type: 'GeometryCollection',
        geometries: [
          {
            type: 'MultiPoint',
            coordinates: [
              [1, 2],
              [3, 4]
            ]
          },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1]
            ]
          }
        ]
      })
    ).toEqual([
      [1, 2],
      [3, 4]
    ]);
  });
});

describe('certainty look', () => {
  const EN = precisionMarks('en');

  it('has a look for every status and precision of the schema, and nothing else', () => {
    expect(Object.keys(STATUS_DASH).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(PRECISION_LOOK).sort()).toEqual([...PRECISIONS].sort());
  });

  it('dashes by status in line widths, and bands and marks by precision', () => {
    expect(certaintyLook({ status: 'confirmed', precision: 'exact' }, 2, EN)).toEqual({
      dash: undefined,
      precision: 'crisp',
      mark: '',
      known: true
    });
    expect(certaintyLook({ status: 'reported', precision: 'approximate' }, 2, EN)).toEqual({
      dash: '8 5',
      precision: 'hatched',
      mark: 'approx.',
      known: true
    });
    expect(certaintyLook({ status: 'rumoured', precision: 'schematic' }, 1, EN)).toMatchObject({
      dash: '0 2.2',
      precision: 'dotted',
      mark: 'schematic'
    });
    // Every status but confirmed is dashed, each differently.
    const dashes = Object.keys(STATUS_DASH).map((status) => certaintyLook({ status }, 1, EN).dash);
    expect(new Set(dashes).size).toBe(dashes.length);
    expect(Object.values(PRECISION_LOOK)).toContain('crisp');
  });

  it('gives anything unknown the layer’s own look, including inherited names', () => {
    for (const properties of [
      null,
      {},
      { status: 42, precision: ['x'] },
      { status: 'toString', precision: 'constructor' }
    ]) {
      const neutral = { dash: undefined, precision: 'crisp', mark: '', known: false };
      expect(certaintyLook(properties as Record<string, unknown> | null, 2, EN)).toEqual(neutral);
      expect(certaintyLook(properties as Record<string, unknown> | null, 2, EN, [3, 2]).dash).toBe('6 4');
    }
  });
});

describe('the scene from geodata/ and the basemap', () => {
  const frame = situationFrame(
    layers.map((layer) => layer.data),
    manifest.region
  );

  it('frames every feature, inside the region', () => {
    expect(frame.width).toBe(SVG_WIDTH);
    for (const { entry, data } of layers)
      for (const feature of layerScene(entry, data.features, frame, null, 'en'))
        for (const [x, y] of feature.points) {
          expect(x, feature.id).toBeGreaterThan(0);
          expect(x, feature.id).toBeLessThan(frame.width);
          expect(y, feature.id).toBeGreaterThan(0);
          expect(y, feature.id).toBeLessThan(frame.height);
        }
  });

  it('draws every feature of every layer, with its id and name', () => {
    for (const { entry, data } of layers) {
      const scene = layerScene(entry, data.features, frame, null, 'en');
      expect(scene.map((f) => f.id)).toEqual(data.features.map((f) => f.properties!['id']));
      for (const feature of scene) expect(feature.path || feature.points.length, feature.id).toBeTruthy();
    }
  });

  it('marks the places that are not exact in the page’s language, as the WebGL map does', () => {
    const marksIn = (locale: 'en' | 'es') =>
      new Set(
        layers.flatMap(({ entry, data }) =>
          layerScene(entry, data.features, frame, null, locale).map((f) => f.mark)
        )
      );
    expect([...marksIn('en')].sort()).toEqual(['', 'approx.', 'schematic']);
    expect([...marksIn('es')].sort()).toEqual(['', 'aprox.', 'esquemático']);
  });

  it('leaves out features not yet in the story on the chosen day', () => {
    const entry = { ...layers[0]!.entry } as LayerEntry;
    const features = [
      {
        type: 'Feature' as const,
        properties: { id: 'a', since: '2025-08' },
        geometry: { type: 'Point' as const, coordinates: [-66, 10] }
      },
      {
        type: 'Feature' as const,
        properties: { id: 'b', since: '2025-11-20' },
        geometry: { type: 'Point' as const, coordinates: [-66, 10] }
      }
    ];
    expect(layerScene(entry, features, frame, '2025-10-01', 'en').map((f) => f.id)).toEqual(['a']);
    expect(layerScene(entry, features, frame, null, 'en').map((f) => f.id)).toEqual(['a', 'b']);
    // An import's junk: a repeated id, no id, no geometry.
    const junk = [
      ...features,
      features[0]!,
      { ...features[1]!, properties: {} },
      { ...features[1]!, properties: { id: 'c' }, geometry: null }
    ];
    expect(layerScene(entry, junk as typeof features, frame, null, 'en').map((f) => f.id)).toEqual([
      'a',
      'b'
    ]);
  });

  it('simplifies the coastline to a drawable size, and labels the countries at this scale', () => {
    const scene = basemapScene(basemap, frame);
    const vertices = scene.land.split(/[ML]/).length;
    expect(vertices).toBeGreaterThan(500);
    expect(vertices).toBeLessThan(6000);
    expect(scene.borders).toMatch(/^M/);
    const names = scene.labels.map((label) => label.name);
    expect(names).toContain('Venezuela');
    expect(names).toContain('Caribbean Sea');
    expect(names).not.toContain('Montserrat'); // only from zoom 6
    // On the Spanish map, the Spanish names where they differ (scripts/basemap.ts), the rest as they are.
    const spanish = basemapScene(basemap, frame, 'es').labels.map((label) => label.name);
    expect(spanish).toContain('Mar Caribe');
    expect(spanish).toContain('Brasil');
    expect(spanish).toContain('Venezuela');
    expect(spanish).not.toContain('Caribbean Sea');
  });
});

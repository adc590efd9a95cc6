/**
 * Imported layers' vector tiles (src/import/tiles.ts, src/map/importedTiles.ts): decoded with
 * @mapbox/vector-tile as MapLibre decodes them. The tiles carry the features and only the properties the map
 * reads; a clustered layer's clusters count every point, and only the points of the as-of day.
 */
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import type { Feature } from 'geojson';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { splitIntoLayers } from '../../src/import/prepare';
import { LayerTiles, LINE_TOLERANCE_PX } from '../../src/import/tiles';
import { parseTileUrl, TILE_EXTENT, TILE_LAYER, TILE_SIZE, tileUrl } from '../../src/map/importedTiles';
import { seededRandom } from '../../scripts/seeded-random';
import { MAP_PROPERTIES } from '../../src/map/mapData';

const point = (i: number, lon: number, lat: number, since?: string): Feature => ({
  type: 'Feature',
  properties: { name: `Point ${i}`, note: 'kept on the page, not in tiles', ...(since && { since }) },
  geometry: { type: 'Point', coordinates: [lon, lat] }
});

function layerOf(features: Feature[], fileName = 'points.geojson') {
  const [layer] = splitIntoLayers(features, { fileName, firstNumber: 1, takenIds: [] }).layers;
  return layer!;
}

/** The tile's one layer, decoded; undefined for an empty tile. */
function decode(bytes: Uint8Array | null): VectorTileLayer | undefined {
  return bytes ? new VectorTile(new Pbf(bytes)).layers[TILE_LAYER] : undefined;
}

function featuresIn(layer: VectorTileLayer | undefined) {
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i));
}

/** All points of a clustered layer at zoom 0 (one tile), clusters counted by their size. */
function pointsDrawnAtZoom0(tiles: LayerTiles): number {
  return featuresIn(decode(tiles.tile(0, 0, 0))).reduce(
    (sum, feature) => sum + Number(feature.properties['point_count'] ?? 1),
    0
  );
}

describe('imported tiles', () => {
  it('tile URLs name the layer, the version and the tile, and nothing else parses', () => {
    const url = tileUrl('imported-tiles-4f1c', 'import-my-places-2', 3)
      .replace('{z}', '5')
      .replace('{x}', '9')
      .replace('{y}', '14');
    expect(parseTileUrl(url)).toEqual({
      channel: 'imported-tiles-4f1c',
      layerId: 'import-my-places-2',
      version: 3,
      z: 5,
      x: 9,
      y: 14
    });
    expect(parseTileUrl('https://example.org/5/9/14.pbf')).toBeNull();
    expect(parseTileUrl(url.replace('/14', '/14/extra'))).toBeNull();
  });

  it('a small layer: every feature in its tile, with its id and name but not its other properties', () => {
    const layer = layerOf([point(0, -66.9, 10.5), point(1, -64.2, 10.1)]);
    const tiles = new LayerTiles(layer.entry, layer.data, null);
    const decoded = decode(tiles.tile(0, 0, 0));
    expect(decoded?.extent).toBe(TILE_EXTENT);
    const features = featuresIn(decoded);
    expect(features.map((f) => f.properties['name']).sort()).toEqual(['Point 0', 'Point 1']);
    for (const feature of features) {
      expect(
        Object.keys(feature.properties).every((key) => (MAP_PROPERTIES as readonly string[]).includes(key))
      ).toBe(true);
      expect(String(feature.properties['id'])).toMatch(/^import-points-1-\d$/);
    }
    // Far from the points: nothing.
    expect(tiles.tile(4, 0, 0)).toBeNull();
  });

  it('the feature lands where it is: the tile at zoom 6 holding Caracas has it, its neighbour not', () => {
    const layer = layerOf([point(0, -66.9, 10.5)]);
    const tiles = new LayerTiles(layer.entry, layer.data, null);
    // Caracas (-66.9, 10.5) at zoom 6: x = floor((lon + 180) / 360 * 64) = 20, y = 30.
    expect(featuresIn(decode(tiles.tile(6, 20, 30)))).toHaveLength(1);
    expect(tiles.tile(6, 22, 30)).toBeNull();
  });

  it('a clustered layer counts every point in its clusters, and a cluster comes apart further in', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      point(i, -67 + (i % 60) * 0.02, 10 + Math.floor(i / 60) * 0.02)
    );
    const layer = layerOf(many);
    expect(layer.entry.style.cluster).toBe(true);
    const tiles = new LayerTiles(layer.entry, layer.data, null);
    const features = featuresIn(decode(tiles.tile(0, 0, 0)));
    expect(features.length).toBeLessThan(10); // clustered, not 3,000 dots
    expect(pointsDrawnAtZoom0(tiles)).toBe(3000);
    const cluster = features.find((f) => f.properties['cluster']);
    const zoom = tiles.clusterExpansionZoom(Number(cluster!.properties['cluster_id']));
    expect(zoom).toBeGreaterThan(0);
  });

  it('a clustered layer with dated points is cut for the as-of day; the version says when it changed', () => {
    const dated = Array.from({ length: 2400 }, (_, i) =>
      point(i, -60 + (i % 40) * 0.02, 14 + Math.floor(i / 40) * 0.02, i % 2 ? '2025-11-15' : '2025-09-01')
    );
    const layer = layerOf(dated);
    const tiles = new LayerTiles(layer.entry, layer.data, '2025-12-01');
    expect(tiles.dated).toBe(true);
    expect(pointsDrawnAtZoom0(tiles)).toBe(2400);
    expect(tiles.setDay('2025-10-01')).toBe(true);
    expect(tiles.version).toBe(2);
    expect(pointsDrawnAtZoom0(tiles)).toBe(1200);
    expect(tiles.setDay('2025-10-01')).toBe(false);
    expect(tiles.version).toBe(2);
  });

  it('as the worker uses them: the features are made only when the tiles are first cut, once', () => {
    const dated = Array.from({ length: 2400 }, (_, i) => point(i, -60 + (i % 40) * 0.02, 14, '2025-11-15'));
    const options = { fileName: 'p.geojson', firstNumber: 1, takenIds: [] as string[] };
    const takenId = `${splitIntoLayers(dated, options).layers[0]!.entry.id}-0`; // what feature 0 would get
    const [layer] = splitIntoLayers(dated, { ...options, takenIds: [takenId] }).layers;
    expect(layer!.hasSince).toBe(true);
    let made = 0;
    const tiles = new LayerTiles(
      layer!.entry,
      () => {
        made++;
        return layer!.data;
      },
      '2025-12-01',
      layer!.hasSince
    );
    expect(tiles.dated).toBe(true);
    expect(made).toBe(0);
    expect(pointsDrawnAtZoom0(tiles)).toBe(2400);
    tiles.setDay('2025-10-01');
    expect(pointsDrawnAtZoom0(tiles)).toBe(0);
    expect(made).toBe(1);
    // Identified when made: ids unique against those already on the map.
    expect(new Set(layer!.data.features.map((f) => f.properties!['id'])).size).toBe(2400);
    expect(layer!.data.features.map((f) => f.properties!['id'])).not.toContain(takenId);
    expect(layer!.data.features[0]!.properties!['id']).toBe(`${takenId}-2`);
  });

  it('a layer whose tiles do not depend on the day keeps `since` for the map to filter, and its version', () => {
    const layer = layerOf([point(0, -66.9, 10.5, '2025-11-15'), point(1, -64.2, 10.1, '2025-09-01')]);
    const tiles = new LayerTiles(layer.entry, layer.data, '2025-12-01');
    expect(tiles.dated).toBe(false);
    expect(tiles.setDay('2025-10-01')).toBe(false);
    expect(tiles.version).toBe(1);
    expect(
      featuresIn(decode(tiles.tile(0, 0, 0)))
        .map((f) => f.properties['since'])
        .sort()
    ).toEqual(['2025-09-01', '2025-11-15']);
  });

  it('lines and areas are cut too', () => {
    const layer = layerOf([
      {
        type: 'Feature',
        properties: { name: 'Route' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [-66.9, 10.5],
            [-61, 4.5]
          ]
        }
      }
    ]);
    const tiles = new LayerTiles(layer.entry, layer.data, null);
    const [route] = featuresIn(decode(tiles.tile(3, 2, 3)));
    expect(route?.type).toBe(2); // LineString
    expect(route?.properties['name']).toBe('Route');
  });
});

/** A GPS-like track: `count` steps of up to ~0.02° each, from Caracas, as a seeded random walk. */
function track(count: number): [number, number][] {
  const random = seededRandom(7);
  const positions: [number, number][] = [[-66.9, 10.5]];
  for (let i = 1; i < count; i++) {
    const [lon, lat] = positions[i - 1]!;
    positions.push([lon + (random() - 0.45) * 0.04, lat + (random() - 0.5) * 0.04]);
  }
  return positions;
}

/** Where a position falls in tile (z, x, y), in screen pixels from the tile's corner (Web Mercator). */
function toTilePixels([lon, lat]: [number, number], z: number, x: number, y: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  const worldX = (lon + 180) / 360;
  const worldY = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [(worldX * 2 ** z - x) * TILE_SIZE, (worldY * 2 ** z - y) * TILE_SIZE];
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t =
    dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * What a reader sees of the simplification at zoom z: the largest distance, in screen pixels, from a vertex
 * of the original line to the line drawn from the tiles (each vertex checked in the tile it falls in), and
 * how many vertices the tiles hold.
 */
function simplificationAt(tiles: LayerTiles, positions: [number, number][], z: number) {
  const units = TILE_EXTENT / TILE_SIZE;
  const byTile = new Map<string, [number, number][]>();
  for (const position of positions) {
    const [px, py] = toTilePixels(position, z, 0, 0);
    const key = `${Math.floor(px / TILE_SIZE)}/${Math.floor(py / TILE_SIZE)}`;
    if (!byTile.has(key)) byTile.set(key, []);
    byTile.get(key)!.push(position);
  }
  let deviation = 0;
  let vertices = 0;
  for (const [key, inTile] of byTile) {
    const [x, y] = key.split('/').map(Number) as [number, number];
    const lines = featuresIn(decode(tiles.tile(z, x, y))).flatMap((feature) =>
      feature.loadGeometry().map((line) => line.map((p): [number, number] => [p.x / units, p.y / units]))
    );
    vertices += lines.reduce((sum, line) => sum + line.length, 0);
    for (const position of inTile) {
      const p = toTilePixels(position, z, x, y);
      let nearest = Infinity;
      for (const line of lines)
        for (let i = 1; i < line.length; i++)
          nearest = Math.min(nearest, distanceToSegment(p, line[i - 1]!, line[i]!));
      deviation = Math.max(deviation, nearest);
    }
  }
  return { deviation, vertices };
}

describe('imported lines, simplified per zoom', () => {
  const positions = track(2000);
  const layer = layerOf([
    {
      type: 'Feature',
      properties: { name: 'Track' },
      geometry: { type: 'LineString', coordinates: positions }
    }
  ]);
  const tiles = new LayerTiles(layer.entry, layer.data, null);

  it('stay within the drawn line’s own width of the real line at every zoom, in screen pixels', () => {
    // geojson-vt ranks vertices once (Douglas–Peucker) and drops those under the tolerance at each zoom, so
    // a dropped vertex can stray a little past it (measured: up to 1.6 px for 1 px); the reader's bound is
    // that the true line stays under the drawn one, 2 px wide for an import (src/import/prepare.ts).
    const LINE_WIDTH_PX = 2;
    for (let z = 2; z <= 12; z++) {
      const { deviation } = simplificationAt(tiles, positions, z);
      expect(deviation, `zoom ${z}`).toBeLessThanOrEqual(LINE_WIDTH_PX);
      expect(deviation, `zoom ${z}`).toBeGreaterThan(LINE_TOLERANCE_PX * 0.5); // simplified, not exact
    }
  }, 30_000);

  it('drop most vertices zoomed out, where they would be closer together than a pixel, and keep them zoomed in', () => {
    const zoomedOut = simplificationAt(tiles, positions, 4).vertices;
    expect(zoomedOut).toBeLessThan(positions.length * 0.25);
    // At the last zoom geojson-vt keeps every vertex: the line is exact there.
    expect(simplificationAt(tiles, positions, 18).vertices).toBeGreaterThanOrEqual(positions.length);
  });

  it('a line just outside a tile is still in it, for its halo and caps; one far outside is not, unlike a point', () => {
    // Tile 6/20/30 starts at 67.5°W; at zoom 6 a degree of longitude is 512 × 64 / 360 px.
    const west = (pixels: number) => -67.5 - pixels / ((TILE_SIZE * 64) / 360);
    const meridian = (lon: number): Feature => ({
      type: 'Feature',
      properties: { name: `Line at ${lon}` },
      geometry: {
        type: 'LineString',
        coordinates: [
          [lon, 9],
          [lon, 10]
        ]
      }
    });
    const linesIn = (pixels: number) => {
      const lines = layerOf([meridian(west(pixels))], 'lines.geojson');
      return featuresIn(decode(new LayerTiles(lines.entry, lines.data, null).tile(6, 20, 30))).length;
    };
    expect(linesIn(4)).toBe(1);
    expect(linesIn(40)).toBe(0);
    const points = layerOf([point(0, west(40), 9.5)]);
    expect(featuresIn(decode(new LayerTiles(points.entry, points.data, null).tile(6, 20, 30)))).toHaveLength(
      1
    );
  });
});

/**
 * The pure parts of importing and exporting: wrapping, kinds, ids and names, limits, messages, the export
 * collection, and the round trip export → import.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerLoad } from '../../src/data/load';
import type { LayerEntry, SituationCollection } from '../../src/data/schema';
import { exportFileName, visibleCollection } from '../../src/export/geojson';
import { wrapWords } from '../../src/export/png';
import { countPositions, IMPORT_LIMITS, NestingScanner, sizeProblem } from '../../src/import/limits';
import { formatProgress, listProblems } from '../../src/import/messages';
import { toFeatureCollection } from '../../src/import/normalise';
import { importText, importValue } from '../../src/import/pipeline';
import { validateImport } from '../../src/import/validate-import';
import {
  geometryKind,
  identifyFeature,
  IMPORT_PALETTE,
  nextImportNumber,
  randomTag,
  slugify,
  splitIntoLayers
} from '../../src/import/prepare';
import manifest from '../../geodata/manifest.json';

const point = (lon = -66.9, lat = 10.5) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (geometry: unknown, properties: Record<string, unknown> | null = {}) =>
  ({ type: 'Feature', properties, geometry }) as Feature;
const options = { fileName: 'places.geojson', firstNumber: 1, takenIds: [] as string[] };

describe('normalising what a user drops', () => {
  it('keeps a FeatureCollection, wraps a Feature or a bare geometry', () => {
    const fc = { type: 'FeatureCollection', features: [] };
    expect(toFeatureCollection(fc)).toEqual({ collection: fc, wrapped: 'collection' });
    const single = feature(point());
    expect(toFeatureCollection(single)).toEqual({
      collection: { type: 'FeatureCollection', features: [single] },
      wrapped: 'feature'
    });
    expect(toFeatureCollection(point())).toEqual({
      collection: { type: 'FeatureCollection', features: [feature(point())] },
      wrapped: 'geometry'
    });
  });
  it('says why other JSON is not GeoJSON', () => {
    expect(toFeatureCollection(42)).toEqual({ problem: expect.stringMatching(/holds number 42/) });
    expect(toFeatureCollection({ type: 'Topology' })).toEqual({ problem: expect.stringMatching(/TopoJSON/) });
  });
  it('a bare geometry becomes one feature named "Feature 1" on a point layer', () => {
    const result = importText(JSON.stringify(point()), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.layers).toHaveLength(1);
    expect(result.layers[0]!.entry.kind).toBe('point');
    expect(result.layers[0]!.data.features[0]!.properties).toEqual({
      id: 'import-places-1-0',
      name: 'Feature 1'
    });
  });
});

describe('kinds and layers', () => {
  it('maps geometry types to layer kinds', () => {
    expect(geometryKind(point())).toBe('point');
    expect(geometryKind({ type: 'MultiLineString', coordinates: [] })).toBe('line');
    expect(geometryKind({ type: 'Polygon', coordinates: [] })).toBe('fill');
    expect(geometryKind({ type: 'GeometryCollection', geometries: [null, point()] })).toBe('point');
    expect(geometryKind(null)).toBeNull();
  });
  it('splits a mixed file into one layer per kind, areas first, with ids, titles, palette and credit', () => {
    const square = [
      [
        [-66, 10],
        [-65, 10],
        [-65, 11],
        [-66, 11],
        [-66, 10]
      ]
    ];
    const features = [
      feature(point()),
      feature({ type: 'Polygon', coordinates: square }),
      feature(null),
      feature(point(-67, 10))
    ];
    const { layers, omitted } = splitIntoLayers(features, { ...options, firstNumber: 4 });
    expect(omitted).toBe(1);
    expect(layers.map((layer) => layer.entry.id)).toEqual(['import-places-4', 'import-places-5']);
    expect(layers.map((layer) => layer.entry.kind)).toEqual(['fill', 'point']);
    expect(layers.map((layer) => layer.entry.title)).toEqual([
      'places.geojson (areas)',
      'places.geojson (points)'
    ]);
    expect(layers[0]!.entry.attribution).toBe('Imported by you: places.geojson');
    expect(layers[1]!.data.features.map((f) => f.properties!['id'])).toEqual([
      'import-places-5-0',
      'import-places-5-3'
    ]);
    const situationColours = manifest.layers.map((layer) => layer.style.color.toLowerCase());
    for (const colour of IMPORT_PALETTE) expect(situationColours).not.toContain(colour);
    expect(layers[0]!.entry.style.color).toBe(IMPORT_PALETTE[3]);
  });
  it('numbers layers after every imported layer, and slugs file names', () => {
    expect(nextImportNumber(['closed-airspace', 'import-a-2', 'import-b-c-7'])).toBe(8);
    expect(nextImportNumber([])).toBe(1);
    // Tagged ids (one tag per tab) number the same way.
    expect(nextImportNumber(['import-places-2024-3-k2x9q0', 'import-a-2'])).toBe(4);
    const tagged = splitIntoLayers([feature(point())], { ...options, tag: 'k2x9q0' });
    expect(tagged.layers[0]!.entry.id).toBe('import-places-1-k2x9q0');
    expect(randomTag()).toMatch(/^[a-z0-9]{6}$/);
    expect(randomTag()).not.toBe(randomTag());
    expect(slugify('Mis Lugares (Caracas) 2.GeoJSON')).toBe('mis-lugares-caracas-2');
    expect(slugify('Señal ñ.json')).toBe('senal-n');
    expect(slugify('???.json')).toBe('file');
  });
});

describe('feature ids and names', () => {
  it('keeps a unique string id, takes a numeric or top-level id as text', () => {
    const taken = new Set<string>();
    expect(identifyFeature(feature(point(), { id: 'a' }), 'L', 0, taken).properties!['id']).toBe('a');
    expect(identifyFeature(feature(point(), { id: 5 }), 'L', 1, taken).properties!['id']).toBe('5');
    const top = { ...feature(point(), null), id: 'top' } as Feature;
    expect(identifyFeature(top, 'L', 2, taken).properties).toEqual({ id: 'top', name: 'Feature 3' });
  });
  it('replaces a missing, duplicated or taken id and keeps the original under its own key', () => {
    const taken = new Set(['miraflores']);
    const first = identifyFeature(feature(point(), { id: 'x' }), 'L', 0, taken);
    const duplicate = identifyFeature(feature(point(), { id: 'x' }), 'L', 1, taken);
    const clash = identifyFeature(feature(point(), { id: 'miraflores' }), 'L', 2, taken);
    const missing = identifyFeature(feature(point()), 'L', 3, taken);
    expect(first.properties!['id']).toBe('x');
    expect(duplicate.properties).toMatchObject({ id: 'L-1', originalId: 'x' });
    expect(clash.properties).toMatchObject({ id: 'L-2', originalId: 'miraflores' });
    expect(missing.properties!['id']).toBe('L-3');
    expect(missing.properties).not.toHaveProperty('originalId');
  });
  it('names from name, title or label, else "Feature n"', () => {
    const name = (properties: Record<string, unknown>) =>
      identifyFeature(feature(point(), properties), 'L', 6, new Set()).properties!['name'];
    expect(name({ name: 'Caracas' })).toBe('Caracas');
    expect(name({ title: 'La Guaira' })).toBe('La Guaira');
    expect(name({ label: 'Puerto Cabello' })).toBe('Puerto Cabello');
    expect(name({ name: 12 })).toBe('12');
    expect(name({})).toBe('Feature 7');
    const odd = identifyFeature(feature(point(), { name: { es: 'x' } }), 'L', 0, new Set()).properties;
    expect(odd).toMatchObject({ name: 'Feature 1', originalName: { es: 'x' } });
  });
});

describe('limits', () => {
  it('refuses files over the size limit', () => {
    expect(sizeProblem(10)).toBeNull();
    expect(sizeProblem(IMPORT_LIMITS.maxBytes + 1)).toMatch(/^is 50 MB; files over 50 MB are refused/);
  });
  it('follows nesting across chunks, ignoring brackets in strings', () => {
    const scanner = new NestingScanner(3);
    expect(scanner.feed('{"a": "[[[[[\\"[[[", "b": [[')).toBe(true);
    expect(scanner.feed(']]}')).toBe(true);
    expect(scanner.feed('[[[')).toBe(true);
    expect(scanner.feed('[')).toBe(false);
    expect(scanner.tooDeepAt).toBe(33);
  });
  it('counts positions and stops early past the limit', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
        [2, 2]
      ]
    };
    const collection = { type: 'GeometryCollection', geometries: [point(), line] };
    expect(countPositions([feature(line), feature(collection), feature(null)], 100)).toBe(7);
    expect(countPositions([feature(line), feature(line)], 2)).toBe(3);
  });
  it('refuses too many coordinates before validating', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [feature(point()), feature(point()), feature(point())]
    };
    const limits = { ...IMPORT_LIMITS, maxCoordinates: 2 };
    expect(importValue(fc, { ...options, limits })).toEqual({
      ok: false,
      messages: [
        'places.geojson: has more than 2 coordinates; simplify it (e.g. with mapshaper) and import it again'
      ]
    });
  });
});

describe('messages and progress', () => {
  it('lists 20 then says how many more, or "at least" when counting stopped', () => {
    const problems = Array.from({ length: 21 }, (_, i) => ({
      file: 'f',
      path: `features[${i}]`,
      message: 'bad'
    }));
    expect(listProblems(problems, 'collection').at(-1)).toBe('…and 1 more problem');
    expect(listProblems(problems.slice(0, 20), 'collection', true).at(-1)).toBe(
      '…and at least 0 more problems'
    );
    expect(listProblems(problems.slice(0, 3), 'collection')).toHaveLength(3);
  });
  it('gives paths in the user’s own file for a wrapped Feature or geometry', () => {
    const problem = { file: 'f', path: 'features[0].geometry.coordinates[1]', message: 'bad' };
    expect(listProblems([problem], 'feature')).toEqual(['f: at geometry.coordinates[1]: bad']);
    expect(listProblems([problem], 'geometry')).toEqual(['f: at coordinates[1]: bad']);
  });
  it('says what it is doing', () => {
    expect(formatProgress('a.geojson', { stage: 'validating', done: 40000, total: 100000 })).toBe(
      'Validating a.geojson: 40,000 of 100,000 features'
    );
    expect(formatProgress('a.geojson', { stage: 'reading', done: 1048576, total: 4194304 })).toBe(
      'Reading a.geojson: 1.0 of 4.0 MB'
    );
  });
  it('validates 100 000 points quickly, reporting progress', () => {
    const features = Array.from({ length: 100_000 }, (_, i) => feature(point(-70 + (i % 500) / 100, 10)));
    const seen: number[] = [];
    const started = performance.now();
    const result = importValue({ type: 'FeatureCollection', features }, options, (progress) => {
      if (progress.stage === 'validating' && progress.done !== undefined) seen.push(progress.done);
    });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(true);
    expect(seen.at(-1)).toBe(100_000);
    expect(seen.length).toBeGreaterThan(10);
  });
});

describe('export', () => {
  const entry = (id: string) => ({ id, kind: 'point' }) as LayerEntry;
  const data = (...ids: string[]) =>
    ({
      type: 'FeatureCollection',
      features: ids.map((id) => feature(point(), { id, name: id }))
    }) as SituationCollection;
  const loads: LayerLoad[] = [
    { status: 'loaded', entry: entry('a'), data: data('a1', 'a2') },
    { status: 'loaded', entry: entry('b'), data: data('b1') },
    { status: 'failed', entry: entry('c'), error: 'gone' }
  ];

  it('collects the visible layers’ shown features, each with its layer', () => {
    const collection = visibleCollection({
      loads,
      isVisible: (id) => id !== 'b',
      isShown: (id) => id !== 'a2'
    });
    expect(collection.features.map((f) => f.properties)).toEqual([{ id: 'a1', name: 'a1', layer: 'a' }]);
  });
  it('re-imports cleanly, ids kept unless the map already has them', () => {
    const collection: FeatureCollection = visibleCollection({
      loads,
      isVisible: () => true,
      isShown: () => true
    });
    const result = importText(JSON.stringify(collection), { ...options, takenIds: ['a1', 'a2', 'b1'] });
    expect(result.ok ? result.notes : result.messages).toEqual([]);
    if (!result.ok) return;
    expect(result.layers[0]!.data.features[0]!.properties).toMatchObject({
      id: 'import-places-1-0',
      originalId: 'a1',
      layer: 'a'
    });
  });
  it('names files after the map and the day', () => {
    expect(exportFileName('Caribbean situation map', '2025-12-01', 'geojson')).toBe(
      'caribbean-situation-map-2025-12-01.geojson'
    );
  });
  it('wraps attribution text to a width', () => {
    expect(wrapWords('aa bb cc dd', 5, (line) => line.length)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('averylongword x', 5, (line) => line.length)).toEqual(['averylongword', 'x']);
  });
});

describe('the self-intersection budget for large files', () => {
  const ring = (west: number, closed = true) => {
    const positions = [
      [west, 10],
      [west + 1, 10],
      [west + 1, 11],
      [west, 11]
    ];
    return closed ? [...positions, [west, 10]] : [...positions, [west, 10.5]];
  };
  const polygons = {
    type: 'FeatureCollection',
    features: [
      feature({ type: 'Polygon', coordinates: [ring(-70)] }),
      feature({ type: 'MultiPolygon', coordinates: [[ring(-68)], [ring(-66, false)]] }),
      feature({ type: 'Polygon', coordinates: [[...ring(-64)].reverse()] }),
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [-62, 10],
            [-61, 10],
            [-61, 95],
            [-62, 10]
          ]
        ]
      })
    ]
  };

  it('past the budget, polygons still get structure, range and closed-ring checks and are rewound', () => {
    const full = validateImport(polygons, 'f', () => {});
    const cheap = validateImport(polygons, 'f', () => {}, 0);
    expect(full.repairs).toMatchObject({ unchecked: 0, rewound: 1 });
    expect(cheap.repairs).toMatchObject({ unchecked: 2, rewound: 1 });
    for (const result of [full, cheap]) {
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'features[1].geometry.coordinates[1][0]: ring is not closed: the first and last positions must be equal',
        'features[3].geometry.coordinates[0][2][1]: latitude 95 is out of range (−90 to 90)'
      ]);
      expect(result.good.map(({ index }) => index)).toEqual([0, 2]);
    }
  });
});

describe('a partial import', () => {
  const mixed = {
    type: 'FeatureCollection',
    features: [feature(point()), feature({ type: 'Point', coordinates: [1, '2'] }), feature(point(-67, 11))]
  };
  it('refuses the file by default, saying the others can be imported', () => {
    const result = importValue(mixed, options);
    expect(result).toEqual({
      ok: false,
      drawable: 2,
      messages: [
        'places.geojson: at features[1].geometry.coordinates[1]: must be a number, got the string "2"',
        'places.geojson: the other 2 features can be imported without this one.'
      ]
    });
  });
  it('imports the good features when asked, and lists the ones left out', () => {
    const result = importValue(mixed, { ...options, skipInvalid: true });
    if (!result.ok) throw new Error(result.messages.join('\n'));
    expect(result.layers[0]!.data.features).toHaveLength(2);
    expect(result.notes).toEqual([
      'places.geojson: 1 feature left out for these faults:',
      'places.geojson: at features[1].geometry.coordinates[1]: must be a number, got the string "2"'
    ]);
  });
  it('validates 80,000 empty positions in linear time, and the limit counts them', () => {
    const empties = { type: 'MultiPoint', coordinates: Array.from({ length: 80_000 }, () => []) };
    const started = performance.now();
    const result = importValue({ type: 'FeatureCollection', features: [feature(empties)] }, options);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok).toBe(false);
    expect(countPositions([feature(empties)], 1e6)).toBe(80_000);
  });
});

describe('empty geometries', () => {
  it('are read as no geometry, never as a repair', () => {
    const empties = [
      { type: 'MultiPoint', coordinates: [] },
      { type: 'Polygon', coordinates: [] },
      { type: 'GeometryCollection', geometries: [{ type: 'MultiLineString', coordinates: [] }] }
    ];
    const result = importValue(
      { type: 'FeatureCollection', features: [...empties.map((g) => feature(g)), feature(point())] },
      options
    );
    if (!result.ok) throw new Error(result.messages.join('\n'));
    expect(result.notes).toEqual(['places.geojson: 3 features have no geometry and were left out.']);
  });
});

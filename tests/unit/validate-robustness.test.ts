/**
 * The validator must answer every input with problems, never an exception: garbage values, broken text and
 * thousands of seeded mutations of the real geodata. Every problem must name its file and, inside a
 * feature, the feature and a JSON path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random';
import {
  formatProblem,
  validateFeatureCollection,
  validateGeodata,
  validateGeojsonText,
  type Problem
} from '../../src/data/validate';

const GEODATA = fileURLToPath(new URL('../../geodata/', import.meta.url));
const files = new Map(readdirSync(GEODATA).map((name) => [name, readFileSync(GEODATA + name, 'utf8')]));
const REGION: [number, number, number, number] = [-95, -5, -45, 25];

function deeplyNested(depth: number): unknown {
  let value: unknown = [0, 0];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function expectNamedPlaces(problems: Problem[], file: string): void {
  for (const problem of problems) {
    expect(formatProblem(problem).startsWith(`${file}: `)).toBe(true);
    if (problem.feature) expect(problem.path).toMatch(/^features\[\d+\]/);
  }
}

describe('the validator never throws', () => {
  const throwingGetter = Object.defineProperty({ type: 'FeatureCollection' }, 'features', {
    get() {
      throw new Error('boom');
    }
  });
  const cyclic: Record<string, unknown> = { type: 'FeatureCollection', features: [] };
  (cyclic['features'] as unknown[]).push(cyclic);
  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', NaN],
    ['a string', 'FeatureCollection'],
    ['an array', [1, 2, 3]],
    ['deeply nested arrays', deeplyNested(5000)],
    [
      'a feature list of garbage',
      { type: 'FeatureCollection', features: [null, 1, 'x', [], {}, { type: 'Feature' }] }
    ],
    [
      'deeply nested coordinates',
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: deeplyNested(3000) } }
        ]
      }
    ],
    [
      'geometry types from Object.prototype',
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'toString', coordinates: [] } }]
      }
    ],
    [
      'rings of nulls',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'MultiPolygon', coordinates: [[[null, null]], [], null] }
          }
        ]
      }
    ],
    [
      'NaN and Infinity positions',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [
                [NaN, 0],
                [Infinity, 1]
              ]
            }
          }
        ]
      }
    ],
    [
      'nested GeometryCollections',
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'GeometryCollection', geometries: [deeplyNestedCollection(50)] }
          }
        ]
      }
    ],
    ['a throwing getter', throwingGetter],
    ['a cycle', cyclic]
  ];

  it.each(garbage)('on %s, in both modes', (_name, value) => {
    for (const mode of ['situation', 'user'] as const) {
      const problems = validateFeatureCollection(value, { file: 'garbage.geojson', mode, region: REGION });
      expect(Array.isArray(problems)).toBe(true);
      expectNamedPlaces(problems, 'garbage.geojson');
    }
  });

  it('on text that is not JSON, or not text at all', () => {
    for (const text of ['', '{', 'nul', '[1,2,]', '{"a":1}}', '\u0000', 42, null]) {
      const problems = validateGeojsonText(text, { file: 'broken.geojson' });
      expect(problems.length).toBe(1);
      expectNamedPlaces(problems, 'broken.geojson');
    }
  });

  it('on a geodata directory with garbage in place of its files', () => {
    const broken = new Map(
      [...files.keys()].map((name) => [name, name === 'manifest.json' ? '{"layers": [null, 7]}' : 'x'])
    );
    const report = validateGeodata(broken);
    expect(report.problems.length).toBeGreaterThan(0);
  });
});

function deeplyNestedCollection(depth: number): unknown {
  let value: unknown = { type: 'Point', coordinates: [0, 0] };
  for (let i = 0; i < depth; i++) value = { type: 'GeometryCollection', geometries: [value] };
  return value;
}

const REPLACEMENTS: unknown[] = [
  null,
  0,
  -1,
  91,
  181,
  NaN,
  Infinity,
  '',
  'x',
  'javascript:alert(1)',
  '2025-13-40',
  true,
  [],
  {},
  [[]],
  [0],
  [0, 0, 0, 0],
  'Polygon',
  'Feature',
  'FeatureCollection',
  'GeometryCollection'
];

/** Replaces, deletes or duplicates one randomly chosen node of the tree. */
function mutate(value: unknown, next: () => number): unknown {
  const copy = structuredClone(value);
  let node: unknown = copy;
  for (let depth = 0; depth < 12; depth++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    const key = keys[Math.floor(next() * keys.length)];
    if (key === undefined) break;
    const container = node as Record<string, unknown>;
    if (next() < 0.3 || typeof container[key] !== 'object' || container[key] === null) {
      const roll = next();
      if (roll < 0.15) delete container[key];
      else if (roll < 0.25 && Array.isArray(container))
        container.push(structuredClone(container[Number(key)]));
      else container[key] = REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)];
      break;
    }
    node = container[key];
  }
  return copy;
}

describe('seeded mutations of the real geodata', () => {
  it('never throw, and every problem names file, feature and path (2,000 mutations)', () => {
    const layers = [...files].filter(([name]) => name.endsWith('.geojson'));
    const next = seededRandom(20251201);
    let reported = 0;
    for (let run = 0; run < 2000; run++) {
      const [file, text] = layers[run % layers.length] as [string, string];
      const mutated = mutate(JSON.parse(text), next);
      const mode = run % 4 === 0 ? 'user' : 'situation';
      const problems = validateFeatureCollection(mutated, { file, mode, region: REGION });
      expectNamedPlaces(problems, file);
      // The safety net inside the validator must not be what saved it: that would hide a bug.
      expect(problems.filter((problem) => problem.message.startsWith('could not be checked'))).toEqual([]);
      if (problems.length > 0) reported++;
    }
    // Most mutations break a rule; if almost none are reported, the validator has gone blind.
    expect(reported).toBeGreaterThan(1000);
  }, 60_000);

  it('never throw on text mutations (1,000 deleted or inserted characters)', () => {
    const next = seededRandom(7946);
    const texts = [...files.values()];
    for (let run = 0; run < 1000; run++) {
      const text = texts[run % texts.length] ?? '';
      const at = Math.floor(next() * text.length);
      const broken =
        next() < 0.5
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + '{[",:-9'.charAt(Math.floor(next() * 7)) + text.slice(at);
      const problems = validateGeojsonText(broken, { file: 'mutated.geojson', region: REGION });
      expectNamedPlaces(problems, 'mutated.geojson');
    }
  }, 60_000);
});

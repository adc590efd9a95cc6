/**
 * Imported properties are untrusted however they look: situation fields reach the UI only well formed
 * (src/import/untrusted.ts), the rest stays visible as plain properties. A seeded fuzz mutates the real
 * geodata's properties (schema-shaped, the likeliest disguise) and checks that what the UI reads is sound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random';
import type { SituationCollection } from '../../src/data/schema';
import { situationPropertyFaults } from '../../src/data/validate-properties';
import { featureFigures } from '../../src/geometry/figures';
import { importValue } from '../../src/import/pipeline';
import { asInFile, untrustedProperties } from '../../src/import/untrusted';
import { collectEvents } from '../../src/timeline/events';

const GEODATA = fileURLToPath(new URL('../../geodata/', import.meta.url));
const layers = readdirSync(GEODATA)
  .filter((name) => name.endsWith('.geojson'))
  .map((name) => JSON.parse(readFileSync(GEODATA + name, 'utf8')) as SituationCollection);
const options = { fileName: 'hostile.geojson', firstNumber: 1, takenIds: [] as string[] };
const SITUATION_FIELDS = [
  'summary',
  'status',
  'precision',
  'since',
  'dates',
  'sources',
  'quotes',
  'geometrySource'
];

/** Faults of the situation fields that survived (the others are gone, so "required" faults do not count). */
function keptFieldFaults(properties: Record<string, unknown>): string[] {
  const faults = situationPropertyFaults(properties, 'p');
  return (
    faults
      .filter((fault) => SITUATION_FIELDS.some((field) => fault.path.startsWith(`p.${field}`)))
      // Completeness rules (required, non-empty, in order) are geodata/'s; an import needs only well-formed fields.
      .filter((fault) => !/required|is missing|must have|is empty|order/.test(fault.message))
      .map((fault) => `${fault.path}: ${fault.message}`)
  );
}

describe('situation fields reach the UI only when well formed', () => {
  it('keeps the real geodata as it is', () => {
    for (const layer of layers)
      for (const feature of layer.features) {
        const properties = feature.properties as unknown as Record<string, unknown>;
        expect(untrustedProperties(properties)).toBe(properties);
      }
  });
  it.each([
    ['dates: 7', { dates: 7 }, 'dates'],
    ['dates with "description"', { dates: [{ date: '2025-09-02', description: 'strike' }] }, 'dates'],
    ['sources: null', { summary: 's', sources: null }, 'sources'],
    [
      'a source without a string date',
      { summary: 's', sources: [{ title: 't', publisher: 'p', date: 2025 }] },
      'sources'
    ],
    [
      'a javascript: source url',
      { sources: [{ title: 't', publisher: 'p', date: '2025-01-01', url: 'javascript:alert(1)' }] },
      'sources'
    ],
    ['quotes: [null]', { quotes: [null] }, 'quotes'],
    ['an unknown status', { status: 'likely' }, 'status'],
    ['an unknown precision', { precision: 'roughly' }, 'precision'],
    ['since not a date', { since: 'last week' }, 'since']
  ])('%s is moved aside as a plain property', (_, properties, field) => {
    const result = untrustedProperties(properties);
    expect(result).not.toHaveProperty(field);
    expect(result[asInFile(field)]).toEqual((properties as Record<string, unknown>)[field]);
  });
  it('an imported file of such features imports, and its timeline can be built', () => {
    const junk = [
      { dates: 7 },
      { dates: [{ date: '2025-09-02', description: 'x' }] },
      { sources: null, summary: 's' },
      { quotes: [null] }
    ];
    const result = importValue(
      {
        type: 'FeatureCollection',
        features: junk.map((properties) => ({
          type: 'Feature',
          properties,
          geometry: { type: 'Point', coordinates: [-66, 10] }
        }))
      },
      options
    );
    if (!result.ok) throw new Error(result.messages.join('\n'));
    const data = result.layers[0]!.data as unknown as SituationCollection;
    expect(() => collectEvents([data])).not.toThrow();
    expect(data.features[0]!.properties).toMatchObject({ 'dates (as in the file)': 7 });
  });
});

/** Replaces one situation field of a copy with junk, or junk inside it: shapes a hostile file might use. */
function mutateProperties(properties: Record<string, unknown>, next: () => number): Record<string, unknown> {
  const junk = [
    null,
    7,
    '',
    'x',
    [],
    [null],
    {},
    [{}],
    true,
    -1,
    [7],
    { date: 1 },
    [{ date: '2025-01-01', description: 'd' }]
  ];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const copy = structuredClone(properties);
  const field = pick(SITUATION_FIELDS);
  const value = copy[field];
  if (Array.isArray(value) && value.length && next() < 0.6) {
    const i = Math.floor(next() * value.length);
    const item = value[i];
    if (item && typeof item === 'object' && next() < 0.7) {
      const keys = Object.keys(item as object);
      const key = pick(keys);
      (item as Record<string, unknown>)[key] = pick(junk);
    } else value[i] = pick(junk);
  } else copy[field] = pick(junk);
  return copy;
}

describe('seeded mutations of schema-shaped properties (1,000)', () => {
  it('never throw; what is kept passes the schema; the timeline and figures build', () => {
    const next = seededRandom(17);
    const features = layers.flatMap((layer) => layer.features);
    let movedAside = 0;
    for (let run = 0; run < 1000; run++) {
      const feature = features[run % features.length]!;
      const properties = mutateProperties(feature.properties as unknown as Record<string, unknown>, next);
      const result = importValue(
        { type: 'FeatureCollection', features: [{ ...feature, properties }] },
        options
      );
      if (!result.ok) throw new Error(result.messages.join('\n'));
      const data = result.layers[0]!.data as unknown as SituationCollection;
      const imported = data.features[0]!.properties as unknown as Record<string, unknown>;
      expect(keptFieldFaults(imported), JSON.stringify(imported)).toEqual([]);
      if (Object.keys(imported).some((key) => key.endsWith('(as in the file)'))) movedAside++;
      expect(() => collectEvents([data])).not.toThrow();
      expect(() => featureFigures(data.features[0]!)).not.toThrow();
    }
    // Most mutations break a field; if few are moved aside, the check has gone blind.
    expect(movedAside).toBeGreaterThan(600);
  });
});

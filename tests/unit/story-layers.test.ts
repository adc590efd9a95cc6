/**
 * The story layers of issue 15 (strikes, ships, flights, the region): the facts they must keep, the
 * precision they may not exceed, and the shapes exactly as scripts/build-story-layers.ts builds them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distance } from '@turf/distance';
import type { Geometry, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { naturalEarthLand } from '../../scripts/build-deployment-zone';
import { STORY_FILES } from '../../scripts/build-story-layers';
import { SVMI, SVSE } from '../../scripts/story-areas';
import { storyGeometries } from '../../scripts/story-geometry';
import {
  PRECISIONS,
  STATUSES,
  type Manifest,
  type SituationCollection,
  type SituationFeature
} from '../../src/data/schema';
import { distanceToCoastKm, TERRITORIAL_SEA_KM } from '../../src/geometry/figures';
import { collectEvents } from '../../src/timeline/events';

const GEODATA = fileURLToPath(new URL('../../geodata/', import.meta.url));
const read = (name: string) => readFileSync(GEODATA + name, 'utf8');
const manifest = JSON.parse(read('manifest.json')) as Manifest;
const layers = new Map(STORY_FILES.map((file) => [file, JSON.parse(read(file)) as SituationCollection]));
const featuresOf = (file: (typeof STORY_FILES)[number]) => layers.get(file)?.features ?? [];
const storyFeatures = [...layers.values()].flatMap((collection) => collection.features);
const byId = (id: string): SituationFeature => {
  const found = storyFeatures.find((feature) => feature.properties.id === id);
  if (!found) throw new Error(`no story feature "${id}"`);
  return found;
};
const precisionOf = (feature: SituationFeature) => feature.properties.precision;

/**
 * The strikes as the fact-check lists them (facts-verified §3): day, sea, strikes that day, boats, deaths.
 * Typed in here, not read from the data, so a change to the data has to match an independent list.
 */
const STRIKES: [string, 'caribbean' | 'pacific', number, number, number][] = [
  ['2025-09-02', 'caribbean', 1, 1, 11],
  ['2025-09-15', 'caribbean', 1, 1, 3],
  ['2025-09-19', 'caribbean', 1, 1, 3],
  ['2025-10-03', 'caribbean', 1, 1, 4],
  ['2025-10-14', 'caribbean', 1, 1, 6],
  ['2025-10-16', 'caribbean', 1, 1, 2],
  ['2025-10-17', 'caribbean', 1, 1, 3],
  ['2025-10-21', 'pacific', 1, 1, 2],
  ['2025-10-22', 'pacific', 1, 1, 3],
  ['2025-10-24', 'caribbean', 1, 1, 6],
  ['2025-10-27', 'pacific', 3, 4, 14],
  ['2025-10-29', 'pacific', 1, 1, 4],
  ['2025-11-01', 'caribbean', 1, 1, 3],
  ['2025-11-04', 'pacific', 1, 1, 2],
  ['2025-11-06', 'caribbean', 1, 1, 3],
  ['2025-11-09', 'pacific', 2, 2, 6],
  ['2025-11-10', 'caribbean', 1, 1, 4],
  ['2025-11-15', 'pacific', 1, 1, 3]
];

describe('the story layers in the manifest', () => {
  const story = manifest.layers.filter((entry) => (STORY_FILES as readonly string[]).includes(entry.file));

  it('adds six switchable layers, with strikes and ships on and the rest off at start', () => {
    expect(story.map((entry) => [entry.id, entry.kind, entry.visible])).toEqual([
      ['regional-areas', 'fill', false],
      ['boat-strikes', 'fill', true],
      ['ships-at-sea', 'fill', true],
      ['government-flights', 'line', false],
      ['regional-sites', 'point', false],
      ['ships-port-calls', 'point', true]
    ]);
  });

  it('credits its sources, and uses colours no older layer uses', () => {
    const older = manifest.layers.filter((entry) => !story.includes(entry)).map((e) => e.style.color);
    for (const entry of story) {
      expect(entry.attribution, entry.id).toMatch(/OurAirports|Natural Earth|GeoNames/);
      expect(older, entry.id).not.toContain(entry.style.color);
    }
    expect(story.find((e) => e.id === 'regional-sites')?.attribution).toMatch(/Wikipedia \(CC BY-SA 4\.0\)/);
  });
});

describe('the boat strikes', () => {
  const strikes = featuresOf('boat-strikes.geojson');

  it('are all 21 strikes to 1 Dec, one feature per strike day, dated and placed in their sea', () => {
    expect(strikes.map((f) => f.properties.id)).toEqual(
      STRIKES.map(([date, sea]) => `${sea}-strike-${date}`)
    );
    expect(STRIKES.reduce((sum, [, , count]) => sum + count, 0)).toBe(21);
    expect(STRIKES.reduce((sum, [, , , boats]) => sum + boats, 0)).toBe(22);
    strikes.forEach((feature, i) => {
      const [date, , , , killed] = STRIKES[i]!;
      expect(feature.properties.since).toBe(date);
      expect(feature.properties.dates[0]?.date).toBe(date);
      expect(feature.properties.name).toContain(`${killed} killed`);
    });
  });

  it('carry running totals that add up the tolls strike by strike, to 82', () => {
    let strikesSoFar = 0;
    let killedSoFar = 0;
    strikes.forEach((feature, i) => {
      const [, , count, , killed] = STRIKES[i]!;
      strikesSoFar += count;
      killedSoFar += killed;
      expect(feature.properties.dates[0]?.event).toContain(`running total ${killedSoFar} killed`);
      expect(feature.properties.summary).toContain(
        `${strikesSoFar} strike${strikesSoFar > 1 ? 's' : ''} and ${killedSoFar} dead`
      );
    });
    expect(killedSoFar).toBe(82);
  });

  it('state the published total of 83 beside the sum of 82, and why they differ', () => {
    const last = strikes.at(-1)!;
    const tally = last.properties.dates.find((entry) => entry.date === '2025-12-01');
    expect(tally?.event).toMatch(/21 strikes.*at least 83 dead.*add up to 82/);
    expect(last.properties.summary).toMatch(/83/);
    expect(last.properties.summary).toMatch(/survivor of 27 Oct/);
  });

  it('each cite at least one source with a URL', () => {
    for (const feature of strikes)
      expect(
        feature.properties.sources.filter((source) => source.url?.startsWith('https://')),
        feature.properties.id
      ).not.toHaveLength(0);
  });

  it('are areas, never points: one schematic shape per sea, shared by its strikes', () => {
    const shapes = new Map<string, string>();
    for (const feature of strikes) {
      expect(feature.geometry.type, feature.properties.id).toMatch(/^(Multi)?Polygon$/);
      expect(precisionOf(feature)).toBe('schematic');
      const sea = feature.properties.id.split('-')[0]!;
      const shape = JSON.stringify(feature.geometry);
      expect(shapes.get(sea) ?? shape, feature.properties.id).toBe(shape);
      shapes.set(sea, shape);
    }
    expect([...shapes.keys()]).toEqual(['caribbean', 'pacific']);
  });
});

describe('ships, flights and the region', () => {
  it('draws sightings at sea as areas of the stated uncertainty, port calls as ports', () => {
    for (const feature of featuresOf('ships-at-sea.geojson')) {
      expect(feature.geometry.type).not.toBe('Point');
      expect(precisionOf(feature)).not.toBe('exact');
    }
    const ports = featuresOf('ships-port-calls.geojson');
    expect(ports.map((f) => f.properties.id)).toEqual([
      'st-thomas-port-calls',
      'st-croix-port-call',
      'port-of-spain-port-call'
    ]);
    expect(byId('st-thomas-port-calls').properties.dates.map((entry) => entry.date)).toEqual([
      '2025-10-03',
      '2025-12-01'
    ]);
    for (const port of ports) expect(precisionOf(port)).toBe('approximate');
  });

  it('draws the flight as a schematic line from Maiquetía to Santa Elena de Uairén airport (~930 km)', () => {
    const flight = byId('government-flights-svse');
    const line = (flight.geometry as LineString).coordinates;
    expect(distance(line[0]!, SVMI)).toBeLessThan(0.05);
    expect(distance(line.at(-1)!, SVSE)).toBeLessThan(0.05);
    expect(Math.round(distance(SVMI, SVSE) / 10) * 10).toBe(930);
    expect(precisionOf(flight)).toBe('schematic');
    expect(flight.properties.status).toBe('reported');
    expect(flight.properties.dates.map((entry) => entry.date)).toEqual([
      '2025-11-28',
      '2025-11-29',
      '2025-12-01'
    ]);
  });

  it('puts the named airports and bases at their published coordinates', () => {
    const expected: Record<string, [number, number]> = {
      'santa-elena-airport': [-61.15, 4.555],
      'san-isidro-air-base': [-69.7617, 18.5037],
      'las-americas-airport': [-69.6689, 18.4297],
      'camp-santiago': [-66.2858, 17.9903],
      'tobago-airport-radar': [-60.8322, 11.1497],
      'maiquetia-airlines': [-66.9912, 10.6012]
    };
    for (const [id, position] of Object.entries(expected))
      expect((byId(id).geometry as Point).coordinates, id).toEqual(position);
  });

  it('refers to Roosevelt Roads in the Places layer instead of drawing it again', () => {
    const rooseveltRoads = [-65.6434, 18.2451];
    for (const feature of storyFeatures)
      if (feature.geometry.type === 'Point')
        expect(distance(feature.geometry.coordinates, rooseveltRoads), feature.properties.id).toBeGreaterThan(
          5
        );
    expect(byId('camp-santiago').properties.summary).toMatch(/Roosevelt Roads .*Places layer/);
  });

  it('gives every feature a claim status and a geometry precision, the two kept apart', () => {
    for (const feature of storyFeatures) {
      expect(STATUSES, feature.properties.id).toContain(feature.properties.status);
      expect(PRECISIONS, feature.properties.id).toContain(precisionOf(feature));
    }
  });
});

describe('the story layers in the timeline', () => {
  const events = collectEvents([...layers.values()]);

  it('carries every strike day and merges an event told on two features', () => {
    for (const [date, sea] of STRIKES)
      expect(
        events.some((event) => event.date === date && event.featureIds.includes(`${sea}-strike-${date}`)),
        date
      ).toBe(true);
    const flight = events.find((event) => event.date === '2025-11-28');
    expect(flight?.featureIds).toEqual(['government-flights-svse', 'santa-elena-airport']);
    const gravely = events.find((event) => event.date === '2025-10-26');
    expect(gravely?.featureIds).toEqual(['port-of-spain-port-call', 'trinidad-and-tobago-exercises']);
  });
});

describe('the constructed shapes', () => {
  it('keep the strike areas out of every 12-nautical-mile territorial sea (“international waters”)', () => {
    const land = naturalEarthLand().features.map((country) => country.geometry);
    for (const id of ['caribbean-strike-2025-09-02', 'pacific-strike-2025-10-21']) {
      const area = byId(id).geometry as Polygon;
      expect(distanceToCoastKm(area, land), id).toBeGreaterThan(TERRITORIAL_SEA_KM);
    }
  }, 60_000);

  it('are exactly what scripts/build-story-layers.ts builds (run it after changing the script)', () => {
    const built = storyGeometries(naturalEarthLand());
    let checked = 0;
    for (const feature of storyFeatures) {
      const expected = built(feature.properties.id);
      if (!expected) continue;
      checked++;
      // Same rounding on both sides; a tolerance absorbs last-digit differences between JS engines.
      expectClose(feature.geometry, expected.geometry, feature.properties.id);
      expect(feature.properties.geometrySource).toBe(expected.geometrySource);
    }
    expect(checked).toBe(18 + 8);
  }, 120_000);
});

function expectClose(actual: Geometry, expected: Geometry, id: string) {
  const flat = (geometry: Geometry) =>
    JSON.stringify('coordinates' in geometry ? geometry.coordinates : [])
      .match(/-?\d+(\.\d+)?/g)
      ?.map(Number) ?? [];
  const a = flat(actual);
  const b = flat(expected);
  expect(actual.type, id).toBe(expected.type);
  expect(a.length, `${id}: run npx tsx scripts/build-story-layers.ts`).toBe(b.length);
  expect(Math.max(0, ...a.map((value, i) => Math.abs(value - b[i]!))), id).toBeLessThanOrEqual(2e-4);
}

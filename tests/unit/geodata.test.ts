/**
 * The committed situation data: valid as a whole, the layers the map promises, the deployment zone exactly
 * as its script builds it, and the editorial rules (what is unverified says so).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { circle } from '@turf/circle';
import type { FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  DEPLOYMENT_ZONE_GEOMETRY_SOURCE,
  MISSING_ISLANDS,
  buildDeploymentZoneGeometry
} from '../../scripts/deployment-zone';
import { naturalEarthLand, ZONE_FILE } from '../../scripts/build-deployment-zone';
import type { Manifest, SituationCollection } from '../../src/data/schema';
import { basemapLand } from '../../scripts/basemap-land';
import { formatProblem, validateGeodata } from '../../src/data/validate';
import { distanceToCoastKm, TERRITORIAL_SEA_KM } from '../../src/geometry/figures';

/** A tiny polygon around a point, so the coast-distance figure measures from the point. */
const circleAround = (at: Point): Polygon => circle(at, 0.01, { units: 'kilometers', steps: 8 }).geometry;
const GEODATA = fileURLToPath(new URL('../../geodata/', import.meta.url));
const files = new Map(readdirSync(GEODATA).map((name) => [name, readFileSync(GEODATA + name, 'utf8')]));
const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as Manifest;
const layer = (file: string) => JSON.parse(files.get(file) ?? '{}') as SituationCollection;
const byId = (file: string, id: string) => {
  const found = layer(file).features.find((feature) => feature.properties.id === id);
  if (!found) throw new Error(`${file} has no feature "${id}"`);
  return found;
};

describe('geodata/', () => {
  it('passes the validator with no problems', () => {
    const report = validateGeodata(files, { land: basemapLand() });
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.layers).toBeGreaterThanOrEqual(5);
    expect(report.features).toBeGreaterThanOrEqual(17);
  });

  it('lists this story’s base layers bottom to top: airspace, zone, route, places, Miraflores', () => {
    // Other layers may sit between them; these keep their order and kinds.
    const base = ['closed-airspace', 'deployment-zone', 'border-route', 'context-places', 'miraflores'];
    expect(
      manifest.layers.filter((entry) => base.includes(entry.id)).map((entry) => [entry.id, entry.kind])
    ).toEqual([
      ['closed-airspace', 'fill'],
      ['deployment-zone', 'fill'],
      ['border-route', 'line'],
      ['context-places', 'point'],
      ['miraflores', 'point']
    ]);
  });

  it('declares the road layer on land, so the validator keeps it off the sea', () => {
    expect(manifest.layers.find((entry) => entry.id === 'border-route')?.onLand).toBe(true);
  });

  it('credits the FIR boundary to VAT-Spy under CC BY-SA 4.0', () => {
    const airspace = manifest.layers.find((entry) => entry.id === 'closed-airspace');
    expect(airspace?.attribution).toContain('VAT-Spy');
    expect(airspace?.attribution).toContain('CC BY-SA 4.0');
  });

  it('rounds every coordinate to at most 6 decimals', () => {
    for (const name of files.keys()) {
      if (!name.endsWith('.geojson')) continue;
      // Geometries only: source URLs may carry long numbers (a news site's article id).
      const geometries = (JSON.parse(files.get(name) ?? '{}') as FeatureCollection).features.map(
        (f) => f.geometry
      );
      const long = JSON.stringify(geometries).match(/-?\d+\.\d{7,}/g) ?? [];
      expect(long, name).toEqual([]);
    }
  });
});

describe('the deployment zone (geodata/deployment-zone.geojson)', () => {
  const zone = byId('deployment-zone.geojson', 'deployment-zone');
  const land = naturalEarthLand().features.map((country) => country.geometry);

  it('is exactly what scripts/build-deployment-zone.ts builds (run it after changing the script)', () => {
    const built = buildDeploymentZoneGeometry(naturalEarthLand());
    const committed = zone.geometry as Polygon;
    expect(committed.coordinates.map((ring) => ring.length)).toEqual(
      built.coordinates.map((ring) => ring.length)
    );
    // A tolerance well under the 4-decimal rounding absorbs last-digit differences between JS engines.
    const drift = committed.coordinates.flatMap((ring, r) =>
      ring.flatMap((position, i) =>
        position.map((value, axis) => Math.abs(value - (built.coordinates[r]?.[i]?.[axis] ?? NaN)))
      )
    );
    expect(
      Math.max(...drift),
      'the zone has drifted: run npx tsx scripts/build-deployment-zone.ts'
    ).toBeLessThanOrEqual(2e-4);
    expect(zone.properties.geometrySource).toBe(DEPLOYMENT_ZONE_GEOMETRY_SOURCE);
  }, 60_000);

  it('keeps out of every 12-nautical-mile territorial sea (within 1.5 km for simplification)', () => {
    const clearance = distanceToCoastKm(zone.geometry as Polygon, land);
    expect(clearance).toBeGreaterThan(TERRITORIAL_SEA_KM - 1.5);
    expect(clearance).toBeLessThan(TERRITORIAL_SEA_KM + 1);
  }, 30_000);

  it('also keeps out of the territorial seas of Los Testigos and La Sola, which Natural Earth lacks', () => {
    for (const island of MISSING_ISLANDS) {
      const islandPoint: Point = { type: 'Point', coordinates: [...island.position] };
      const clearance = distanceToCoastKm(zone.geometry as Polygon, [circleAround(islandPoint)]);
      expect(clearance, island.name).toBeGreaterThan(TERRITORIAL_SEA_KM - 1.5);
    }
  });

  it('stays small: under 50 KB', () => {
    expect(statSync(ZONE_FILE).size).toBeLessThan(50 * 1024);
  });

  it('says what the box is: this map’s construction, not where the sources place ships', () => {
    expect(zone.properties.precision).toBe('schematic');
    expect(zone.properties.summary).toMatch(/construction by this map/);
    expect(zone.properties.summary).not.toMatch(/sources place/);
    const entry = manifest.layers.find((layer) => layer.id === 'deployment-zone');
    expect(entry?.description).toMatch(/construction/);
    expect(entry?.description).not.toMatch(/sources place/);
  });
});

describe('the other layers', () => {
  it('keeps the reference FIR outline, rewound so that the outer ring runs counter-clockwise', () => {
    const airspace = byId('closed-airspace.geojson', 'closed-airspace').geometry as Polygon;
    const reference: Position[] = [
      [-71.333825, 11.866336],
      [-71.000492, 11.999672],
      [-71.417161, 12.499672]
    ];
    const ring = airspace.coordinates[0] ?? [];
    expect(ring.length).toBe(115);
    for (const position of reference) expect(ring).toContainEqual(position);
    const { status, precision } = byId('closed-airspace.geojson', 'closed-airspace').properties;
    // The post is a claim; the FIR outline is flight-simulation data, so only approximate.
    expect([status, precision]).toEqual(['claimed', 'approximate']);
  });

  it('draws the rumoured route from Caracas to Pacaraima, then Pacaraima to Boa Vista', () => {
    const troncal = byId('border-route.geojson', 'border-route-troncal-10');
    const br174 = byId('border-route.geojson', 'border-route-br174');
    const [start] = (troncal.geometry as LineString).coordinates;
    const end = (troncal.geometry as LineString).coordinates.at(-1);
    expect(start).toEqual([-66.8792, 10.488]);
    expect((br174.geometry as LineString).coordinates[0]).toEqual(end);
    expect((br174.geometry as LineString).coordinates.at(-1)).toEqual([-60.6733, 2.8197]);
    for (const route of [troncal, br174]) {
      expect(route.properties.status).toBe('rumoured');
      expect(route.properties.summary).toMatch(/not .*(tracked|movement)/);
    }
  });

  it('dates the call as the sources do: 21 Nov per Reuters, confirmed by Trump on 30 Nov', () => {
    const miraflores = byId('miraflores.geojson', 'miraflores').properties;
    const events = new Map(miraflores.dates.map((entry) => [entry.date, entry.event]));
    expect(events.get('2025-11-21')).toMatch(/speak by phone.*Reuters/);
    expect(events.get('2025-11-30')).toMatch(/confirms the call/);
    expect(miraflores.summary).toMatch(/21 November, according to Reuters/);
  });

  it('keeps “global amnesty” out of the quotes: a reported demand, with both versions, in the summary', () => {
    const miraflores = byId('miraflores.geojson', 'miraflores').properties;
    expect((miraflores.quotes ?? []).map((quote) => quote.text)).not.toContain('global amnesty');
    expect(miraflores.summary).toMatch(/Miami Herald[^.]*“global amnesty”/);
    expect(miraflores.summary).toMatch(/Reuters[^.]*“full legal amnesty”/);
  });

  it('gives every quote its exact words, a named speaker, when and where, and a source with a URL', () => {
    const quotes = (['closed-airspace.geojson', 'miraflores.geojson'] as const).flatMap((file) =>
      (layer(file) as FeatureCollection as SituationCollection).features.flatMap(
        (f) => f.properties.quotes ?? []
      )
    );
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const quote of quotes) {
      expect(quote.speaker, quote.text).toMatch(/^(Donald Trump|Nicolás Maduro)$/);
      expect(quote.context, quote.text).toMatch(/20\d\d/);
      expect(quote.source.url, quote.text).toMatch(/^https:\/\//);
    }
    // The post is the president's own words; words relayed by reporters are reported.
    expect(quotes.find((q) => q.text.includes('CLOSED IN ITS ENTIRETY'))?.status).toBe('confirmed');
    expect(quotes.filter((q) => q.status === 'reported').length).toBe(quotes.length - 1);
  });

  it('states the airspace at its real strength: a post Trump made, over the FIR warnings cover', () => {
    const entry = manifest.layers.find((layer) => layer.id === 'closed-airspace');
    const airspace = byId('closed-airspace.geojson', 'closed-airspace').properties;
    expect(entry?.title).toBe('Airspace Trump called closed');
    expect(airspace.summary).toMatch(/advisory, not a closure/);
    expect(airspace.summary).toMatch(/“can affect aircraft out to 250 nautical miles”/);
    expect(airspace.summary).toMatch(/approximate area such warnings cover/);
  });

  it('has the context places the story needs, each with its coordinate source', () => {
    const places = layer('context-places.geojson') as FeatureCollection as SituationCollection;
    const ids = places.features.map((feature) => feature.properties.id);
    for (const id of ['caracas', 'maiquetia-airport', 'la-carlota', 'fuerte-tiuna', 'santa-elena-de-uairen'])
      expect(ids).toContain(id);
    for (const id of [
      'pacaraima',
      'boa-vista',
      'willemstad',
      'oranjestad',
      'port-of-spain',
      'roosevelt-roads',
      'la-orchila'
    ])
      expect(ids).toContain(id);
    for (const feature of places.features)
      expect(feature.properties.geometrySource).toMatch(/GeoNames|OurAirports|VAT-Spy|Wikipedia/);
    expect(byId('context-places.geojson', 'fuerte-tiuna').properties.summary).toMatch(/Ciudad Tiuna/);
  });
});

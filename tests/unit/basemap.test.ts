import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../scripts/basemap';
import { BASEMAP_PATH, loadNaturalEarth, serialiseBasemap } from '../../scripts/build-basemap';
import { BASEMAP_REGION, decodeBasemap } from '../../src/map/basemapFile';

const committed = readFileSync(BASEMAP_PATH, 'utf8');
const topology = JSON.parse(committed) as Topology;
// Decoded as the app decodes it.
const basemap = decodeBasemap(topology);

function* positions(coords: unknown): Generator<Position> {
  if (typeof (coords as unknown[])[0] === 'number') yield coords as Position;
  else for (const c of coords as unknown[]) yield* positions(c);
}

describe('the embedded basemap (public/basemap.topo.json)', () => {
  it('is exactly what scripts/build-basemap.ts makes (run `npm run basemap` after changing it)', () => {
    expect(serialiseBasemap() === committed).toBe(true);
  });

  it('stays inside the region, 95°W–45°W and 5°S–25°N', () => {
    const [west, south, east, north] = BASEMAP_REGION;
    let count = 0;
    for (const feature of basemap.features) {
      for (const [lon, lat] of positions((feature.geometry as { coordinates: unknown }).coordinates)) {
        count++;
        if (lon! < west || lon! > east || lat! < south || lat! > north)
          throw new Error(`${feature.properties?.layer} at ${lon},${lat} is outside the region`);
      }
    }
    expect(count).toBeGreaterThan(10_000);
  });

  it('has land, borders, and labels for the countries of the story', () => {
    const layers = new Set(basemap.features.map((f) => f.properties?.layer));
    expect([...layers].sort()).toEqual(['border', 'country-label', 'land', 'sea-label']);
    const labels = basemap.features.map((f) => f.properties?.name);
    for (const name of [
      'Venezuela',
      'Colombia',
      'Brazil',
      'Guyana',
      'Trinidad and Tobago',
      'Curaçao',
      'Aruba'
    ])
      expect(labels).toContain(name);
    expect(labels).toContain('Caribbean Sea');
  });

  it('decodes to the positions it was built from: quantisation moves none off its 0.001° grid', () => {
    const { countries, land } = loadNaturalEarth();
    const built = buildBasemap(countries, land);
    expect(basemap.features).toHaveLength(built.features.length);
    const key = (p: Position) => `${p[0]!.toFixed(3)},${p[1]!.toFixed(3)}`;
    const keys = (f: FeatureCollection['features'][number]) =>
      new Set([...positions((f.geometry as { coordinates: unknown }).coordinates)].map(key));
    built.features.forEach((f, i) => {
      expect(basemap.features[i]!.properties).toEqual(f.properties);
      // Sets, not sequences: TopoJSON may start a ring at another of its points.
      expect(keys(basemap.features[i]!)).toEqual(keys(f));
    });
  });

  it('stays under its size budget: 60 KB gzip (the first-load budget is 400 KB for everything)', () => {
    expect(gzipSync(committed).length).toBeLessThan(60 * 1024);
  });
});

describe('basemap labels in the page’s language', () => {
  it('the Spanish style reads name_es where a label has one, the English style name', async () => {
    const { basemapLayers } = await import('../../src/map/basemapStyle');
    const field = (locale: 'en' | 'es') =>
      JSON.stringify(
        basemapLayers('light', locale)
          .filter((layer) => layer.id.endsWith('-labels'))
          .map((layer) => (layer.layout as { 'text-field'?: unknown })['text-field'])
      );
    expect(field('es')).toContain('["coalesce",["get","name_es"],["get","name"]]');
    expect(field('en')).not.toContain('name_es');
  });
});

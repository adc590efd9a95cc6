import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_REGION } from '../../scripts/basemap';
import { BASEMAP_PATH, serialiseBasemap } from '../../scripts/build-basemap';

const committed = readFileSync(BASEMAP_PATH, 'utf8');
const basemap = JSON.parse(committed) as FeatureCollection;

function* positions(coords: unknown): Generator<Position> {
  if (typeof (coords as unknown[])[0] === 'number') yield coords as Position;
  else for (const c of coords as unknown[]) yield* positions(c);
}

describe('the embedded basemap (public/basemap.geojson)', () => {
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

  it('stays under its size budget: 120 KB gzip', () => {
    expect(gzipSync(committed).length).toBeLessThan(120 * 1024);
  });
});

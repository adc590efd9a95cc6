/** The coarse world outside the detailed region (public/world-land.geojson): land never shows as sea. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { serialiseWorld, WORLD_PATH } from '../../scripts/build-basemap';
import { BASEMAP_REGION } from '../../src/map/basemapFile';
import {
  basemapStyle,
  viewNeedsWorld,
  WORLD_BEFORE,
  WORLD_SOURCE,
  worldLayers
} from '../../src/map/basemapStyle';

const committed = readFileSync(WORLD_PATH, 'utf8');
const world = JSON.parse(committed) as FeatureCollection<MultiPolygon>;
const [land, region] = world.features as [Feature<MultiPolygon>, Feature<MultiPolygon>];
const isLand = (at: Position) => booleanPointInPolygon(at, land);

describe('the coarse world basemap', () => {
  it('is exactly what scripts/build-basemap.ts makes (run `npm run basemap` after changing it)', () => {
    expect(serialiseWorld() === committed).toBe(true);
  });
  it('is small: a few KB over the wire', () => {
    expect(gzipSync(committed).length).toBeLessThan(12_000);
  });
  it('has the continents outside the detailed region; inside it, coarse land for the lowest zooms only', () => {
    expect(booleanPointInPolygon([-66.9, 10.5], region)).toBe(true); // Caracas
    for (const place of [
      [2.35, 48.85],
      [116.4, 39.9],
      [-99.1, 19.4],
      [-47.9, -15.8],
      [178.4, -18.1 + 0.2],
      [151.2, -33.8]
    ])
      expect(isLand(place), `${place}`).toBe(true);
    expect(isLand([-30, 0])).toBe(false); // mid-Atlantic
    const [w, s, e, n] = BASEMAP_REGION;
    for (const polygon of land.geometry.coordinates)
      for (const ring of polygon)
        for (const [lon, lat] of ring)
          if (lon! > w + 1e-9 && lon! < e - 1e-9 && lat! > s + 1e-9 && lat! < n - 1e-9)
            throw new Error(`${lon},${lat} lies inside the detailed region`);
  });
  it('is drawn under the detailed basemap when the style is given its URL', () => {
    const style = basemapStyle('/t/{z}/{x}/{y}.pbf', 'light', '/world-land.geojson');
    expect(style.sources[WORLD_SOURCE]).toMatchObject({ type: 'geojson', data: '/world-land.geojson' });
    expect(style.layers.map((layer) => layer.id).slice(0, 4)).toEqual([
      'basemap-sea',
      'basemap-world-land',
      'basemap-world-region',
      'basemap-land'
    ]);
    expect(style.layers[2]).toMatchObject({ maxzoom: 3 });
    const bare = basemapStyle('/t/{z}/{x}/{y}.pbf', 'light');
    expect(bare.layers.some((layer) => 'source' in layer && layer.source === WORLD_SOURCE)).toBe(false);
  });
  it('is needed only once the view shows ground outside the region, or a zoom below the detailed tiles’', () => {
    // The first view at 1440×900 (measured in tests/browser/world-land.test.ts: inside, with room to spare).
    expect(viewNeedsWorld([-81.7, -3, -49.3, 21.5], 4.6)).toBe(false);
    expect(viewNeedsWorld([...BASEMAP_REGION], 5)).toBe(false);
    expect(viewNeedsWorld([-96, 0, -60, 20], 5)).toBe(true); // past the west edge
    expect(viewNeedsWorld([-80, -6, -60, 20], 5)).toBe(true); // south
    expect(viewNeedsWorld([-80, 0, -44, 20], 5)).toBe(true); // east
    expect(viewNeedsWorld([-80, 0, -60, 26], 5)).toBe(true); // north
    expect(viewNeedsWorld([-70, 5, -60, 15], 2.9)).toBe(true); // no detailed tiles yet at this zoom
  });
  it('goes in under the detailed land when added after the style', () => {
    const ids = basemapStyle('/t/{z}/{x}/{y}.pbf', 'light').layers.map((layer) => layer.id);
    expect(ids[1]).toBe(WORLD_BEFORE);
    expect(worldLayers('dark').map((layer) => [layer.id, layer.source])).toEqual([
      ['basemap-world-land', WORLD_SOURCE],
      ['basemap-world-region', WORLD_SOURCE]
    ]);
  });
});

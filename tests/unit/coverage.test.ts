/** Where an imported layer lies relative to the story's region. */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layerCoverage } from '../../src/geometry/coverage';

const REGION = [-95, -5, -45, 25] as const;
const point = (lon: number, lat: number): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [lon, lat] }
});
const line = (...coordinates: [number, number][]): Feature => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'LineString', coordinates }
});

describe('layer coverage', () => {
  it('inside, outside, or partly', () => {
    expect(layerCoverage([point(-66.9, 10.5)], REGION)).toBe('inside');
    expect(layerCoverage([point(2.35, 48.85)], REGION)).toBe('outside');
    expect(layerCoverage([point(-66.9, 10.5), point(2.35, 48.85)], REGION)).toBe('partly');
    expect(layerCoverage([line([-100, 10], [-80, 10])], REGION)).toBe('partly');
  });
  it('data past the antimeridian (Fiji at 181°) is outside; no geometry at all says nothing', () => {
    expect(layerCoverage([line([178, -17], [181, -17.5])], REGION)).toBe('outside');
    expect(layerCoverage([point(-66.9 + 360, 10.5)], REGION)).toBe('inside');
    expect(layerCoverage([{ type: 'Feature', properties: {}, geometry: null as never }], REGION)).toBeNull();
  });
});

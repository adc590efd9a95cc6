import { describe, expect, it } from 'vitest';
import {
  formatDistance,
  KM_PER_NM,
  measureFeatures,
  measureLegs,
  totalKm,
  type LngLat
} from '../../src/measure/measure';

/** An independent haversine, on the same mean earth radius Turf uses (6371.0088 km). */
function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const caracas: LngLat = [-66.8792, 10.488];
const willemstad: LngLat = [-68.8864, 12.1225];
const portOfSpain: LngLat = [-61.5167, 10.65];

describe('measuring distances', () => {
  // Same formula, same radius: anything beyond floating-point noise (1e-9 relative) would be a bug.
  const tolerance = 1e-9;

  it('measures each leg as the haversine distance', () => {
    const legs = measureLegs([caracas, willemstad, portOfSpain]);
    expect(legs).toHaveLength(2);
    expect(Math.abs(legs[0]!.km / haversineKm(caracas, willemstad) - 1)).toBeLessThan(tolerance);
    expect(Math.abs(legs[1]!.km / haversineKm(willemstad, portOfSpain) - 1)).toBeLessThan(tolerance);
    // Caracas–Willemstad is about 285 km: a sanity check on units, independent of both formulas.
    expect(legs[0]!.km).toBeGreaterThan(270);
    expect(legs[0]!.km).toBeLessThan(300);
  });

  it('adds the legs up to the total', () => {
    const legs = measureLegs([caracas, willemstad, portOfSpain]);
    const expected = haversineKm(caracas, willemstad) + haversineKm(willemstad, portOfSpain);
    expect(Math.abs(totalKm(legs) / expected - 1)).toBeLessThan(tolerance);
  });

  it('has no legs and a zero total for fewer than two points', () => {
    expect(measureLegs([])).toEqual([]);
    expect(measureLegs([caracas])).toEqual([]);
    expect(totalKm([])).toBe(0);
  });

  it('formats kilometres and nautical miles (1 NM = 1.852 km exactly)', () => {
    expect(KM_PER_NM).toBe(1.852);
    expect(formatDistance(123.4)).toBe('123.4 km (66.6 NM)');
    expect(formatDistance(1.852)).toBe('1.9 km (1.0 NM)');
    expect(formatDistance(1852)).toBe('1,852.0 km (1,000.0 NM)');
    expect(formatDistance(0)).toBe('0.0 km (0.0 NM)');
  });

  it('in Spanish: a decimal comma and millas náuticas (MN)', () => {
    expect(formatDistance(123.4, 'es')).toBe('123,4 km (66,6 MN)');
    expect(formatDistance(18520, 'es')).toBe('18.520,0 km (10.000,0 MN)');
  });

  it('draws each leg, each point, a label per leg and the total at the last point', () => {
    const { features } = measureFeatures([caracas, willemstad, portOfSpain]);
    const parts = features.map((f) => f.properties?.part);
    expect(parts.filter((p) => p === 'leg')).toHaveLength(2);
    expect(parts.filter((p) => p === 'label')).toHaveLength(2);
    expect(parts.filter((p) => p === 'vertex')).toHaveLength(3);
    const labels = features.map((f) => f.properties?.label).filter(Boolean);
    const total = totalKm(measureLegs([caracas, willemstad, portOfSpain]));
    expect(labels).toContain(`Total ${formatDistance(total)}`);
    // The drawn leg starts and ends at the clicked points.
    const leg = features.find((f) => f.properties?.part === 'leg')!.geometry;
    expect(leg.type).toBe('MultiLineString');
    const line = leg.type === 'MultiLineString' ? leg.coordinates.flat() : [];
    expect(line[0]![0]).toBeCloseTo(caracas[0], 6);
    expect(line.at(-1)![1]).toBeCloseTo(willemstad[1], 6);
  });

  it('draws a single point, and a zero-length leg, without failing', () => {
    expect(measureFeatures([caracas]).features).toHaveLength(1);
    const twice = measureFeatures([caracas, caracas]);
    expect(twice.features.find((f) => f.properties?.part === 'label')?.properties?.label).toBe(
      '0.0 km (0.0 NM)'
    );
  });
});

/**
 * The figures module against values worked out independently: the haversine formula written out here, the
 * spherical area of a 1°×1° box, and distances between boxes a known number of degrees apart.
 */
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cameraTarget, featureAnchor } from '../../src/geometry/anchor';
import {
  areaKm2,
  distanceToCoastKm,
  featureFigures,
  formatFigure,
  routeLengthKm,
  straightLineKm,
  TERRITORIAL_SEA_KM
} from '../../src/geometry/figures';

const MEAN_EARTH_RADIUS_KM = 6371.0088;
const CARACAS: Position = [-66.8792, 10.488];
const BOA_VISTA: Position = [-60.6733, 2.8197];
const WILLEMSTAD: Position = [-68.8864, 12.1225];

function haversineKm([lon1 = 0, lat1 = 0]: Position, [lon2 = 0, lat2 = 0]: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south]
    ]
  ]
});
const feature = <G extends Feature['geometry']>(geometry: G): Feature<G> => ({
  type: 'Feature',
  properties: {},
  geometry
});

describe('distances', () => {
  it('gives the great-circle distance Caracas–Boa Vista within 0.1 km of the haversine formula (≈ 1,095 km)', () => {
    const expected = haversineKm(CARACAS, BOA_VISTA);
    expect(expected).toBeGreaterThan(1090);
    expect(expected).toBeLessThan(1100);
    expect(Math.abs(straightLineKm(CARACAS, BOA_VISTA) - expected)).toBeLessThan(0.1);
  });

  it('gives Caracas–Willemstad within 0.1 km of the haversine formula', () => {
    expect(Math.abs(straightLineKm(CARACAS, WILLEMSTAD) - haversineKm(CARACAS, WILLEMSTAD))).toBeLessThan(
      0.1
    );
  });

  it('measures a route as the sum of its legs (Caracas → Willemstad → Boa Vista), within 0.1 km', () => {
    const route: LineString = { type: 'LineString', coordinates: [CARACAS, WILLEMSTAD, BOA_VISTA] };
    const legs = haversineKm(CARACAS, WILLEMSTAD) + haversineKm(WILLEMSTAD, BOA_VISTA);
    expect(Math.abs(routeLengthKm(route) - legs)).toBeLessThan(0.1);
    expect(Math.abs(routeLengthKm(feature(route)) - legs)).toBeLessThan(0.1);
  });

  it('takes 12 nautical miles as 22.224 km', () => {
    expect(TERRITORIAL_SEA_KM).toBeCloseTo(22.224, 6);
  });
});

describe('areas', () => {
  it('gives a 1°×1° box at the equator ≈ 12,364 km² (spherical formula), within 0.5 %', () => {
    // R² · Δλ · (sin φ2 − sin φ1); Turf uses the WGS84 equatorial radius, hence the tolerance.
    const expected = MEAN_EARTH_RADIUS_KM ** 2 * (Math.PI / 180) * Math.sin(Math.PI / 180);
    expect(expected).toBeCloseTo(12364, 0);
    expect(Math.abs(areaKm2(box(0, 0, 1, 1)) / expected - 1)).toBeLessThan(0.005);
  });
});

const KM_PER_DEGREE_AT_EQUATOR = (Math.PI / 180) * 6371.0088;

describe('distance from the coast', () => {
  const land = [box(-1, -1, 1, 0.5)];

  it('is 0.5° of latitude (≈ 55.6 km) for a box half a degree north of the land, within 0.1 %', () => {
    const expected = 0.5 * (Math.PI / 180) * MEAN_EARTH_RADIUS_KM;
    expect(Math.abs(distanceToCoastKm(box(-0.5, 1, 0.5, 2), land) / expected - 1)).toBeLessThan(0.001);
  });

  it('finds the nearest of several land shapes', () => {
    const farther = box(3, 3, 4, 4);
    const expected = 0.5 * (Math.PI / 180) * MEAN_EARTH_RADIUS_KM;
    expect(Math.abs(distanceToCoastKm(box(-0.5, 1, 0.5, 2), [farther, ...land]) - expected)).toBeLessThan(
      0.1
    );
  });

  it('is 0 when the sea area overlaps the land, crossing it or containing it', () => {
    expect(distanceToCoastKm(box(-0.5, 0, 0.5, 2), land)).toBe(0);
    expect(distanceToCoastKm(box(-0.2, -3, 0.2, 3), land)).toBe(0);
    expect(distanceToCoastKm(box(-5, -5, 5, 5), land)).toBe(0);
  });
});

describe('featureFigures', () => {
  it('gives a route its length as drawn and its straight-line distance, start to end', () => {
    const route = feature<LineString>({ type: 'LineString', coordinates: [CARACAS, WILLEMSTAD, BOA_VISTA] });
    const figures = featureFigures(route);
    expect(figures.map((figure) => figure.label)).toEqual(['Length as drawn', 'Straight line, start to end']);
    expect(figures[1]?.value).toBeCloseTo(haversineKm(CARACAS, BOA_VISTA), 0);
  });

  it('gives a sea area its area and, with land, its distance from the coast', () => {
    const figures = featureFigures(feature(box(-0.5, 1, 0.5, 2)), { land: [box(-1, -1, 1, 0.5)] });
    expect(figures.map((figure) => [figure.label, figure.unit])).toEqual([
      ['Area', 'km²'],
      ['Distance from the nearest coast', 'km']
    ]);
  });

  it('gives a polygon that covers land (like the FIR) no distance from the coast', () => {
    const figures = featureFigures(feature(box(-5, -5, 5, 5)), { land: [box(-1, -1, 1, 0.5)] });
    expect(figures.map((figure) => figure.label)).toEqual(['Area']);
  });

  it('gives a schematic shape no figures: its size is not the sources’', () => {
    const sea = feature(box(-0.5, 1, 0.5, 2));
    expect(featureFigures(sea)).toHaveLength(1);
    expect(featureFigures({ ...sea, properties: { precision: 'schematic' } })).toEqual([]);
  });

  it('gives points and missing geometries no figures', () => {
    expect(featureFigures(feature({ type: 'Point', coordinates: CARACAS }))).toEqual([]);
    expect(featureFigures({ type: 'Feature', properties: {}, geometry: null })).toEqual([]);
  });
});

describe('formatFigure', () => {
  it('writes whole numbers with thousands separators from 100 up, one decimal below', () => {
    expect(formatFigure({ label: 'Length', value: 1234.4, unit: 'km' })).toBe('1,234 km');
    expect(formatFigure({ label: 'Area', value: 12363.7, unit: 'km²' })).toBe('12,364 km²');
    expect(formatFigure({ label: 'Distance', value: 22.224, unit: 'km' })).toBe('22.2 km');
  });
});

describe('a huge imported polygon at sea', () => {
  /** A circle of `n` vertices around [lon, lat], radius in degrees. */
  const circle = (lon: number, lat: number, radius: number, n: number): Polygon => {
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [lon + radius * Math.cos(a), lat + radius * Math.sin(a)];
    });
    return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
  };
  const coast = circle(0, 0, 1, 20_000);

  it('gets its distance from the coast within a bounded amount of work, said to be approximate', () => {
    const sea = circle(3, 0, 0.5, 100_000);
    const started = performance.now();
    const figures = featureFigures(feature(sea), { land: [coast] });
    expect(performance.now() - started).toBeLessThan(3000);
    const distance = figures.find((figure) => figure.label.startsWith('Distance from the nearest coast'));
    expect(distance?.label).toBe('Distance from the nearest coast (about)');
    // Centres 3° apart on the equator, radii 1° and 0.5°: 1.5° of longitude, about 167 km.
    expect(Math.abs(distance!.value / (KM_PER_DEGREE_AT_EQUATOR * 1.5) - 1)).toBeLessThan(0.01);
  });
  it('a small one keeps the exact figure', () => {
    const figures = featureFigures(feature(circle(3, 0, 0.5, 64)), { land: [circle(0, 0, 1, 64)] });
    expect(figures.map((figure) => figure.label)).toContain('Distance from the nearest coast');
  });
});

describe('the camera target of an imported point', () => {
  it('is longitude and latitude only, whatever else the position holds', () => {
    const point = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [-66, 10, 5, 9] }
    };
    expect(cameraTarget(point as Feature)).toEqual({ center: [-66, 10] });
    expect(featureAnchor(point as Feature)).toEqual([-66, 10]);
  });
});

/**
 * Deterministic synthetic layers for the scale measurements: the same seed gives the same coordinates
 * on every machine. Coordinates are flat [lon, lat, lon, lat, …] arrays (cheap to hand to the page).
 */
import { seededRandom } from '../seeded-random.ts';

/** The manifest's region, [west, south, east, north]. */
export const SYNTHETIC_REGION = [-95, -5, -45, 25] as const;
/** Most features cluster around Venezuela, as real situation data would. */
const FOCUS = { lon: -66, lat: 8, sdLon: 5, sdLat: 3 };
const FOCUS_SHARE = 0.75;

function gaussian(random: () => number): number {
  // Box–Muller; 1 - random() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function inRegion(lon: number, lat: number): [number, number] {
  const [west, south, east, north] = SYNTHETIC_REGION;
  return [clamp(lon, west, east), clamp(lat, south, north)];
}

function randomPosition(random: () => number): [number, number] {
  const [west, south, east, north] = SYNTHETIC_REGION;
  if (random() < FOCUS_SHARE)
    return inRegion(FOCUS.lon + gaussian(random) * FOCUS.sdLon, FOCUS.lat + gaussian(random) * FOCUS.sdLat);
  return [west + random() * (east - west), south + random() * (north - south)];
}

export function syntheticPoints(count: number, seed = 1): number[] {
  const random = seededRandom(seed);
  const coords: number[] = [];
  for (let i = 0; i < count; i++) coords.push(...randomPosition(random));
  return coords;
}

/** `count` random walks of `vertices` positions each, steps of up to ~0.1°, concatenated. */
export function syntheticLines(count: number, vertices: number, seed = 2): number[] {
  const random = seededRandom(seed);
  const coords: number[] = [];
  for (let line = 0; line < count; line++) {
    let [lon, lat] = randomPosition(random);
    for (let vertex = 0; vertex < vertices; vertex++) {
      coords.push(lon, lat);
      [lon, lat] = inRegion(lon + (random() - 0.5) * 0.2, lat + (random() - 0.5) * 0.2);
    }
  }
  return coords;
}

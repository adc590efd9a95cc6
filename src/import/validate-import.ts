/**
 * The geodata/ validator (src/data/validate.ts) in user mode, run over an imported collection in chunks so
 * the worker can report "validating n of N" and stop early once there is plenty to report.
 *
 * Turf's kinks (self-intersections) compares every pair of a polygon's segments. The shared validator runs it
 * for polygons up to 5 000 positions, which is fine for geodata/ but a file of hundreds of such polygons would
 * take minutes. So kinks gets a budget of segment pairs per file; polygons past the budget get every other
 * check (structure, closed rings, ranges) but neither kinks nor winding — those only affect how a shape is
 * filled, never whether the map can draw it safely.
 */
import { describe, isRecord, type Fault, type Problem } from '../data/problems';
import { validateFeatureCollection } from '../data/validate';

/** Polygons above this many positions are never checked for kinks (as in src/data/validate-rings.ts). */
const KINKS_MAX_POSITIONS = 5000;
/** Segment pairs kinks may compare per file: about two seconds of work. */
const KINKS_BUDGET = 4e8;
const CHUNK = 5000;
export const MAX_PROBLEMS = 100;

export interface ImportValidation {
  problems: Problem[];
  /** The validator stopped at MAX_PROBLEMS; there may be more. */
  truncated: boolean;
  /** Polygons whose self-intersection check was skipped for time. */
  kinksSkipped: number;
}

/** Positions of a structurally plausible Polygon/MultiPolygon (0 for anything else). */
function polygonPositions(geometry: unknown): number {
  if (!isRecord(geometry) || !Array.isArray(geometry['coordinates'])) return 0;
  const coordinates = geometry['coordinates'] as unknown[];
  const polygons =
    geometry['type'] === 'Polygon' ? [coordinates] : geometry['type'] === 'MultiPolygon' ? coordinates : [];
  let count = 0;
  for (const rings of polygons)
    if (Array.isArray(rings)) for (const ring of rings) count += Array.isArray(ring) ? ring.length : 0;
  return count;
}

function ringFaults(ring: unknown, path: string): Fault[] {
  if (!Array.isArray(ring))
    return [{ path, message: `a linear ring must be an array, got ${describe(ring)}` }];
  if (ring.length < 4) return [{ path, message: 'a linear ring needs at least four positions' }];
  for (const [i, position] of ring.entries()) {
    const [lon, lat] = Array.isArray(position) ? (position as unknown[]) : [];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
      return [
        { path: `${path}[${i}]`, message: `position ${describe(position)} is not made of finite numbers` }
      ];
    if (lat < -90 || lat > 90)
      return [{ path: `${path}[${i}]`, message: `latitude ${lat} is out of range (−90 to 90)` }];
    if (lon < -180 || lon > 180)
      return [{ path: `${path}[${i}]`, message: `longitude ${lon} is out of range (−180 to 180)` }];
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first.length !== last.length || first.some((n, i) => n !== last[i]))
    return [{ path, message: 'ring is not closed: the first and last positions must be equal' }];
  return [];
}

/** The checks for a polygon past the kinks budget: the feature without its geometry, then each ring. */
function cheapPolygonProblems(feature: Record<string, unknown>, index: number, file: string): Problem[] {
  const geometry = feature['geometry'] as { type: string; coordinates: unknown[] };
  const problems = remap(
    validateFeatureCollection(collectionOf([{ ...feature, geometry: null }]), { file, mode: 'user' }),
    [index]
  );
  const base = `features[${index}].geometry.coordinates`;
  const polygons =
    geometry.type === 'Polygon'
      ? [[geometry.coordinates, base] as const]
      : geometry.coordinates.map((rings, p) => [rings, `${base}[${p}]`] as const);
  for (const [rings, path] of polygons) {
    if (!Array.isArray(rings)) {
      problems.push({
        file,
        path,
        feature: { index },
        message: `a polygon must be an array of rings, got ${describe(rings)}`
      });
      continue;
    }
    rings.forEach((ring, r) =>
      problems.push(
        ...ringFaults(ring, `${path}[${r}]`).map((fault) => ({ file, feature: { index }, ...fault }))
      )
    );
  }
  return problems;
}

const collectionOf = (features: unknown[]) => ({ type: 'FeatureCollection', features });

/** Problems of a sub-collection, with indexes and paths of the whole file. */
function remap(problems: Problem[], indexes: readonly number[]): Problem[] {
  return problems.map((problem) => {
    if (!problem.feature) return problem;
    const index = indexes[problem.feature.index] ?? problem.feature.index;
    return {
      ...problem,
      path: problem.path.replace(/^features\[\d+\]/, `features[${index}]`),
      feature: { ...problem.feature, index }
    };
  });
}

export function validateImport(
  collection: Record<string, unknown>,
  file: string,
  onProgress: (done: number, total: number) => void = () => {},
  kinksBudget = KINKS_BUDGET
): ImportValidation {
  const rules = { file, mode: 'user' } as const;
  const features = collection['features'];
  // The collection's own members (type, bbox, features being an array), without its features.
  const problems = validateFeatureCollection(
    { ...collection, features: Array.isArray(features) ? [] : features },
    rules
  );
  const result: ImportValidation = { problems, truncated: false, kinksSkipped: 0 };
  if (!Array.isArray(features) || problems.length) return result;
  let budget = kinksBudget;
  for (let start = 0; start < features.length; start += CHUNK) {
    const normal: unknown[] = [];
    const normalIndexes: number[] = [];
    for (let index = start; index < Math.min(start + CHUNK, features.length); index++) {
      const feature: unknown = features[index];
      const positions = isRecord(feature) ? polygonPositions(feature['geometry']) : 0;
      const cost = positions <= KINKS_MAX_POSITIONS ? positions * positions : 0;
      if (cost > budget && isRecord(feature)) {
        result.kinksSkipped++;
        problems.push(...cheapPolygonProblems(feature, index, file));
      } else {
        budget -= cost;
        normal.push(feature);
        normalIndexes.push(index);
      }
    }
    const found = validateFeatureCollection(collectionOf(normal), rules);
    // The shared validator ends a long report with a "stopped after …" line; the import says it its own way.
    const stopped = found.some((problem) => !problem.feature && problem.message.startsWith('stopped after'));
    problems.push(...remap(found, normalIndexes).filter((problem) => problem.feature || !stopped));
    if (stopped || problems.length >= MAX_PROBLEMS) {
      result.truncated = true;
      problems.length = Math.min(problems.length, MAX_PROBLEMS);
      break;
    }
    onProgress(Math.min(start + CHUNK, features.length), features.length);
  }
  return result;
}

/**
 * What the import repairs in a structurally sound geometry, instead of refusing it (RFC 7946 §3.1.6:
 * parsers SHOULD NOT reject polygons for their winding): rings rewound, geometry past ±180° brought back
 * round the world (or, crossing the antimeridian, kept continuous: the tiles wrap it), rings that enclose no
 * area dropped, and self-intersections counted (drawn as they are). Each kind becomes one note.
 */
import { kinks } from '@turf/kinks';
import type { Geometry, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount } from '../ui/format';

export interface Repairs {
  rewound: number;
  wrapped: number;
  acrossAntimeridian: number;
  degenerate: number;
  crossing: number;
  /** Positions with more than three numbers, cut to three (MapLibre takes two or three). */
  trimmed: number;
  /** Polygons too large for the self-intersection check in the time left. */
  unchecked: number;
}

export const noRepairs = (): Repairs => ({
  rewound: 0,
  wrapped: 0,
  acrossAntimeridian: 0,
  degenerate: 0,
  crossing: 0,
  unchecked: 0,
  trimmed: 0
});

/** Turf's kinks compares every pair of segments: never above this many positions (as for geodata/). */
const KINKS_MAX_POSITIONS = 5000;

/** Twice the signed area in degrees²: positive = counter-clockwise, as RFC 7946 wants outer rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]!;
    const b = ring[i]!;
    sum += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return sum;
}

/** All positions on one line (or fewer than three distinct ones): the ring encloses nothing at all. */
function degenerate(ring: Position[]): boolean {
  const [x0, y0] = ring[0]!;
  let direction: [number, number] | null = null;
  for (const [x, y] of ring) {
    const dx = x! - x0!;
    const dy = y! - y0!;
    if (dx === 0 && dy === 0) continue;
    if (!direction) direction = [dx, dy];
    else if (dx * direction[1] - dy * direction[0] !== 0) return false;
  }
  return true;
}

/** The smallest and largest longitude, and how many positions have more than three numbers. */
function survey(geometry: Geometry): { min: number; max: number; long: number } {
  const found = { min: Infinity, max: -Infinity, long: 0 };
  const walk = (value: unknown): void => {
    if (typeof (value as number[])[0] === 'number') {
      const position = value as number[];
      const lon = position[0]!;
      if (lon < found.min) found.min = lon;
      if (lon > found.max) found.max = lon;
      if (position.length > 3) found.long++;
    } else for (const child of value as unknown[]) walk(child);
  };
  walk((geometry as Exclude<Geometry, GeometryCollection>).coordinates);
  return found;
}

/** Every position moved by `by` degrees of longitude and cut to three numbers. */
function shift(value: unknown, by: number): unknown {
  if (typeof (value as number[])[0] === 'number') {
    const [lon, lat, alt] = value as number[];
    return alt === undefined ? [lon! + by, lat] : [lon! + by, lat, alt];
  }
  return (value as unknown[]).map((child) => shift(child, by));
}

/** Rings in RFC 7946 order, degenerate ones dropped; a polygon whose outer ring is degenerate goes whole. */
function repairPolygons(polygons: Position[][][], repairs: Repairs): Position[][][] {
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const out: Position[][] = [];
    for (const [r, ring] of rings.entries()) {
      if (degenerate(ring)) {
        repairs.degenerate += r === 0 ? rings.length : 1;
        if (r === 0) break;
        continue;
      }
      const area = signedArea(ring);
      if ((r === 0 && area < 0) || (r > 0 && area > 0)) {
        repairs.rewound++;
        out.push([...ring].reverse());
      } else out.push(ring);
    }
    if (out.length) kept.push(out);
  }
  // Every polygon degenerate: kept as it was, so the feature stays where it is (it draws as a hairline).
  return kept.length ? kept : polygons;
}

export interface KinksBudget {
  /** Segment pairs the self-intersection check may still compare in this file. */
  left: number;
}

function countCrossings(polygons: Position[][][], multi: boolean, repairs: Repairs, budget: KinksBudget) {
  let count = 0;
  for (const rings of polygons) for (const ring of rings) count += ring.length;
  const cost = count * count;
  if (count > KINKS_MAX_POSITIONS || cost > budget.left) {
    repairs.unchecked++;
    return;
  }
  budget.left -= cost;
  // Repeated consecutive positions are harmless but look like crossings to kinks.
  const cleaned = polygons.map((rings) =>
    rings.map((ring) =>
      ring.filter((q, i) => i === 0 || q[0] !== ring[i - 1]![0] || q[1] !== ring[i - 1]![1])
    )
  );
  const geometry: Polygon | MultiPolygon = multi
    ? { type: 'MultiPolygon', coordinates: cleaned }
    : { type: 'Polygon', coordinates: cleaned[0]! };
  if (kinks(geometry).features.length) repairs.crossing++;
}

/** Whether a geometry has any position: RFC 7946 lets empty `coordinates` be read as a null geometry. */
export function hasPositions(geometry: Geometry): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.some(hasPositions);
  return Number.isFinite(survey(geometry).min);
}

/** The repaired geometry (the input when nothing needed repair); counts go to `repairs`. */
export function repairGeometry(geometry: Geometry, repairs: Repairs, budget: KinksBudget): Geometry {
  if (geometry.type === 'GeometryCollection')
    return {
      type: geometry.type,
      geometries: geometry.geometries.filter(hasPositions).map((g) => repairGeometry(g, repairs, budget))
    };
  let result: Geometry = geometry;
  const { min, max, long } = survey(geometry);
  // Whole turns round the world taken off, so the geometry starts between −180° and 180°.
  const turns = Math.floor((min + 180) / 360);
  if (turns !== 0) repairs.wrapped++;
  if (max - turns * 360 > 180) repairs.acrossAntimeridian++;
  repairs.trimmed += long;
  if (turns !== 0 || long)
    result = { type: geometry.type, coordinates: shift(geometry.coordinates, -turns * 360) } as Geometry;
  if (result.type !== 'Polygon' && result.type !== 'MultiPolygon') return result;
  const multi = result.type === 'MultiPolygon';
  const polygons = multi ? (result as MultiPolygon).coordinates : [(result as Polygon).coordinates];
  const repaired = repairPolygons(polygons, repairs);
  countCrossings(repaired, multi, repairs, budget);
  return multi
    ? { type: 'MultiPolygon', coordinates: repaired }
    : { type: 'Polygon', coordinates: repaired[0]! };
}

type CountMessage = (inputs: { file: string; count: string }, options: { locale: Locale }) => string;

/** Each kind of repair with its note for one and for several, in the order the notes are given. */
const NOTES: [keyof Repairs, CountMessage, CountMessage][] = [
  ['rewound', m.import_repair_rewound_one, m.import_repair_rewound_other],
  ['wrapped', m.import_repair_wrapped_one, m.import_repair_wrapped_other],
  ['acrossAntimeridian', m.import_repair_antimeridian_one, m.import_repair_antimeridian_other],
  ['degenerate', m.import_repair_degenerate_one, m.import_repair_degenerate_other],
  ['crossing', m.import_repair_crossing_one, m.import_repair_crossing_other],
  ['unchecked', m.import_repair_unchecked_one, m.import_repair_unchecked_other],
  ['trimmed', m.import_repair_trimmed_one, m.import_repair_trimmed_other]
];

/** One line per kind of repair, for the user. */
export function repairNotes(file: string, repairs: Repairs, locale: Locale = 'en'): string[] {
  return NOTES.filter(([kind]) => repairs[kind] > 0).map(([kind, one, other]) => {
    const n = repairs[kind];
    return (n === 1 ? one : other)({ file, count: formatCount(n, locale) }, { locale });
  });
}

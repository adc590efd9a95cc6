/**
 * The constructed geometries of the story layers (strike areas, ship sightings, the flight line, the
 * mobilisation areas). None of these places was published as coordinates, so each shape is this map's own
 * drawing at the precision the sources allow. Pure: the caller supplies Natural Earth land.
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { bboxPolygon } from '@turf/bbox-polygon';
import { buffer } from '@turf/buffer';
import { circle } from '@turf/circle';
import { cleanCoords } from '@turf/clean-coords';
import { difference } from '@turf/difference';
import { greatCircle } from '@turf/great-circle';
import { featureCollection, point, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import { rewind } from '@turf/rewind';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import { union } from '@turf/union';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiPolygon,
  Polygon,
  Position
} from 'geojson';
import { TERRITORIAL_SEA_KM } from '../src/geometry/figures.ts';

type Land = FeatureCollection<Polygon | MultiPolygon>;
type Area = Feature<Polygon | MultiPolygon>;

const KM_PER_MILE = 1.609344;
/** ≈ 11 m; far finer than any of these shapes can claim. */
const DECIMALS = 4;
/** A stated distance ("about 124 miles") is drawn as a band of ± this fraction. */
const STATED_DISTANCE_MARGIN = 0.1;
/** ≈ 1 km: the coast detail kept before buffering it. */
const LAND_DETAIL_DEG = 0.01;
/** Strike areas are simplified at 0.1° (≈ 11 km): their cut reaches this much further, so they stay outside. */
const STRIKE_AREA_SIMPLIFY_DEG = 0.1;
export const STRIKE_AREA_MARGIN_KM = 12;

export const SVMI: Position = [-66.991222, 10.601194];
export const SVSE: Position = [-61.15, 4.555];
/** La Orchila airstrip (VAT-Spy), the point Newsweek measured from. */
export const LA_ORCHILA: Position = [-66.1831, 11.8];

/** The hand-drawn outlines, [lon, lat], before land is cut away. */
export const OUTLINES = {
  /**
   * Off Colombia's Caribbean coast to off Grenada, north to about 15°N: the "southern Caribbean". The south
   * edge runs over land, and across the mouth of the Gulf of Venezuela, which no announcement mentioned.
   */
  caribbeanStrikes: [
    [-75.5, 10.3],
    [-75.5, 11.4],
    [-74.5, 13.2],
    [-72.5, 14.6],
    [-69, 15.2],
    [-65, 15],
    [-62.2, 14.2],
    [-60.9, 12.8],
    [-60.9, 10.3],
    [-68, 10.3],
    [-69.8, 11.3],
    [-70.25, 12.2],
    [-71.45, 12.45],
    [-72.5, 11.6],
    [-75.5, 10.3]
  ],
  /** Off southern Mexico, Central America, Colombia and Ecuador: "the Eastern Pacific". */
  pacificStrikes: [
    [-94.5, 15.8],
    [-90, 13.6],
    [-86.5, 11.4],
    [-84, 8.8],
    [-80, 7.2],
    [-78, 6.8],
    [-77.3, 3.5],
    [-79.5, 0],
    [-81, -2.5],
    [-85, -3],
    [-90, -2.5],
    [-94.5, 1],
    [-94.5, 15.8]
  ],
  /** Between Anegada / Virgin Gorda and Sombrero / Anguilla. */
  anegadaPassage: [
    [-64.3, 19.1],
    [-63.45, 19.0],
    [-63.15, 18.05],
    [-64.1, 18.15],
    [-64.3, 19.1]
  ],
  /**
   * Lake Maracaibo and its strait, roughly: Natural Earth draws them as sea reaching into the land, and the
   * narrow strait makes a simplified outline cross itself. Both lie inside Venezuela (and Zulia).
   */
  lakeMaracaibo: [
    [-71.75, 11.05],
    [-71.45, 11.05],
    [-71.35, 10.6],
    [-71.0, 10.3],
    [-70.9, 9.4],
    [-71.4, 8.95],
    [-72.0, 9.35],
    [-71.9, 10.2],
    [-71.75, 11.05]
  ],
  /** Zulia and Táchira, roughly, west of their borders with Falcón, Lara, Trujillo, Mérida, Barinas and Apure. */
  zuliaTachira: [
    [-74, 12.5],
    [-70.95, 12.5],
    [-70.75, 11.0],
    [-70.7, 10.2],
    [-70.95, 9.4],
    [-71.45, 8.85],
    [-71.65, 8.35],
    [-71.55, 7.9],
    [-71.8, 7.45],
    [-72.15, 7.3],
    [-74, 7.3],
    [-74, 12.5]
  ]
} satisfies Record<string, Position[]>;

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Every land polygon within `margin` degrees of the box, cut to it, so buffers work on small pieces. Cut with
 * a true polygon intersection: bboxClip leaves self-touching rings where the coast folds back across the box
 * edge, and Turf's buffer of such a ring silently loses land.
 */
function landNear(land: Land, box: BBox, margin: number): Feature<Polygon>[] {
  const near: BBox = [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
  const window = bboxPolygon(near);
  const pieces: Feature<Polygon>[] = [];
  for (const country of land.features) {
    const polygons =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    for (const rings of polygons) {
      const piece = polygon(rings);
      if (!overlaps(bbox(piece), near)) continue;
      const inside = intersect(featureCollection([piece, window]));
      if (inside) pieces.push(...polygonsOf(inside).map((part) => polygon(part)));
    }
  }
  return pieces;
}

function unionAll(shapes: Area[]): Area | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0]!;
  return union(featureCollection(shapes));
}

function minus(shape: Area, cut: Area | null): Area {
  if (!cut) return shape;
  const rest = difference(featureCollection([shape, cut]));
  if (!rest) throw new Error('nothing is left after cutting the land away');
  return rest;
}

/** The sea of an outline: minus land, or minus land and a buffer of `offshoreKm` around it. */
function seaOf(land: Land, outline: Position[], offshoreKm = 0): Area {
  const shape = polygon([outline]);
  const margin = offshoreKm > 0 ? 0.5 : 0.05;
  const pieces: Area[] = landNear(land, bbox(shape), margin);
  // Buffering the coast at 1 km detail (simplified first) is ten times faster and changes nothing at 0.1°.
  const cut =
    offshoreKm > 0
      ? pieces
          .map((piece) => simplify(piece, { tolerance: LAND_DETAIL_DEG }))
          .map((piece) => buffer(piece, offshoreKm, { units: 'kilometers' }))
          .filter((piece): piece is Area => piece !== undefined)
      : pieces;
  return minus(shape, unionAll(cut));
}

function polygonsOf(shape: Area): Position[][][] {
  return shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
}

/** The largest piece only: drops lagoons and pockets that a schematic area should not pretend to know. */
function largestPiece(shape: Area): Feature<Polygon> {
  const ranked = polygonsOf(shape)
    .map((rings) => polygon(rings))
    .sort((a, b) => area(b) - area(a));
  if (!ranked[0]) throw new Error('the shape is empty');
  return ranked[0];
}

/** Pieces smaller than this (km²) are dropped: specks that simplification would turn into slivers. */
const MIN_PIECE_KM2 = 20;

/** One piece simplified and rounded; `null` when it crosses itself at this tolerance. */
function simplifiedPiece(piece: Feature<Polygon>, tolerance: number): Position[][] | null {
  const simplified = simplify(piece, { tolerance, highQuality: true });
  const rounded = cleanCoords(
    truncate(simplified, { precision: DECIMALS, coordinates: 2 })
  ) as Feature<Polygon>;
  const kept = rounded.geometry.coordinates.filter((ring) => ring.length >= 4);
  if (kept.length === 0) return [];
  const wound = rewind(polygon(kept)) as Feature<Polygon>;
  return kinks(wound).features.length > 0 ? null : wound.geometry.coordinates;
}

/**
 * Simplified, rounded, cleaned and wound right-hand, so the committed file is small and stable. Each piece is
 * simplified on its own, at `tolerance` or, where that makes it cross itself, at half, a quarter… of it.
 * `fillHoles` drops inner rings (a lake inside a state still belongs to it).
 */
function finish(shape: Area, tolerance: number, fillHoles = false): Polygon | MultiPolygon {
  const pieces: Position[][][] = [];
  for (const rings of polygonsOf(shape)) {
    const piece = polygon(fillHoles ? rings.slice(0, 1) : rings);
    if (area(piece) < MIN_PIECE_KM2 * 1e6) continue;
    let simplified: Position[][] | null = null;
    for (let step = tolerance; simplified === null && step > 1e-4; step /= 2)
      simplified = simplifiedPiece(piece, step);
    if (simplified === null) throw new Error('a piece crosses itself even barely simplified');
    if (simplified.length > 0) pieces.push(simplified);
  }
  if (pieces.length === 0) throw new Error('nothing is left after simplification');
  return pieces.length === 1
    ? { type: 'Polygon', coordinates: pieces[0]! }
    : { type: 'MultiPolygon', coordinates: pieces };
}

function countryLand(land: Land, name: string): Area {
  const country = land.features.find((candidate) => candidate.properties?.['name'] === name);
  if (!country) throw new Error(`Natural Earth has no country named "${name}"`);
  return country as Area;
}

/** A band of stated distance around a shape: ± STATED_DISTANCE_MARGIN of `km`. */
function distanceBand(shape: Area, km: number): Area {
  const outer = buffer(shape, km * (1 + STATED_DISTANCE_MARGIN), { units: 'kilometers' });
  const inner = buffer(shape, km * (1 - STATED_DISTANCE_MARGIN), { units: 'kilometers' });
  if (!outer || !inner) throw new Error('buffer failed');
  return minus(outer as Area, inner as Area);
}

/** A ring around a point: from (1 − margin) to (1 + margin) times `km`. */
function ringAround(centre: Position, km: number): Area {
  const outer = circle(point(centre), km * (1 + STATED_DISTANCE_MARGIN), { steps: 96, units: 'kilometers' });
  const inner = circle(point(centre), km * (1 - STATED_DISTANCE_MARGIN), { steps: 96, units: 'kilometers' });
  return minus(outer, inner);
}

export function caribbeanStrikeArea(land: Land): Polygon | MultiPolygon {
  const offshoreKm = TERRITORIAL_SEA_KM + STRIKE_AREA_MARGIN_KM;
  return finish(largestPiece(seaOf(land, OUTLINES.caribbeanStrikes, offshoreKm)), STRIKE_AREA_SIMPLIFY_DEG);
}

export function pacificStrikeArea(land: Land): Polygon | MultiPolygon {
  const offshoreKm = TERRITORIAL_SEA_KM + STRIKE_AREA_MARGIN_KM;
  return finish(largestPiece(seaOf(land, OUTLINES.pacificStrikes, offshoreKm)), STRIKE_AREA_SIMPLIFY_DEG);
}

export function anegadaPassageArea(land: Land): Polygon | MultiPolygon {
  return finish(largestPiece(seaOf(land, OUTLINES.anegadaPassage)), 0.01);
}

/** 30 Oct: Iwo Jima "about 124 mi" (≈200 km) from La Orchila, direction not given; the sea part of the ring. */
export function laOrchilaRing(land: Land): Polygon | MultiPolygon {
  const ring = ringAround(LA_ORCHILA, 124 * KM_PER_MILE);
  return finish(minus(ring, unionAll(landNear(land, bbox(ring), 0.05))), 0.02);
}

/**
 * 22 Sep: a destroyer 91 mi from Venezuela's coast and 121 mi from Trinidad, east of La Blanquilla. The two
 * distance bands cross north of the Paria peninsula and again off the Orinoco delta; "east of La Blanquilla"
 * (11.85°N) keeps the northern crossing only.
 */
export function blanquillaFix(land: Land): Polygon | MultiPolygon {
  const venezuela = simplify(countryLand(land, 'Venezuela'), { tolerance: 0.05, highQuality: true });
  const trinidadAndTobago = polygonsOf(countryLand(land, 'Trinidad and Tobago'))
    .map((rings) => polygon(rings))
    .sort((a, b) => area(b) - area(a));
  const trinidad = trinidadAndTobago[0];
  if (!trinidad) throw new Error('Natural Earth has no Trinidad');
  const crossing = intersect(
    featureCollection([distanceBand(venezuela, 91 * KM_PER_MILE), distanceBand(trinidad, 121 * KM_PER_MILE)])
  );
  if (!crossing) throw new Error('the two distance bands do not cross');
  const northern = polygonsOf(crossing)
    .map((rings) => polygon(rings))
    .filter((piece) => bbox(piece)[3] > 11.5);
  const shape = unionAll(northern);
  if (!shape) throw new Error('no crossing north of 11.5°N');
  return finish(shape, 0.02);
}

/** Venezuela's land with Lake Maracaibo filled in. */
function venezuelaWithLake(land: Land): Area {
  const shape = union(featureCollection([countryLand(land, 'Venezuela'), polygon([OUTLINES.lakeMaracaibo])]));
  if (!shape) throw new Error('the union of Venezuela and its lake is empty');
  return shape;
}

/** Venezuela's outline, generalised: the "whole national territory" of a nationwide exercise. */
export function venezuelaArea(land: Land): Polygon | MultiPolygon {
  return finish(venezuelaWithLake(land), 0.03, true);
}

/** Zulia and Táchira, schematic: the hand-drawn outline cut to Venezuela's land. */
export function zuliaTachiraArea(land: Land): Polygon | MultiPolygon {
  const outline = polygon([OUTLINES.zuliaTachira]);
  const shape = intersect(featureCollection([outline, venezuelaWithLake(land)]));
  if (!shape) throw new Error('the Zulia–Táchira outline misses Venezuela');
  return finish(shape, 0.02, true);
}

export function trinidadAndTobagoArea(land: Land): Polygon | MultiPolygon {
  return finish(countryLand(land, 'Trinidad and Tobago'), 0.005);
}

/** The west end of St Croix (Frederiksted), from Natural Earth: no published coordinates of the pier. */
export function stCroixWestEnd(land: Land): Position {
  const stCroix = polygonsOf(countryLand(land, 'U.S. Virgin Is.'))
    .map((rings) => polygon(rings))
    .filter((piece) => bbox(piece)[3] < 18)
    .sort((a, b) => area(b) - area(a))[0];
  if (!stCroix) throw new Error('Natural Earth has no St Croix');
  const west = [...stCroix.geometry.coordinates[0]!].sort((a, b) => a[0]! - b[0]!)[0]!;
  return west.map((value) => Number(value.toFixed(DECIMALS)));
}

/** Maiquetía → Santa Elena de Uairén on the great circle: the airports, not a flown track. */
export function flightLine(): LineString {
  const line = greatCircle(point(SVMI), point(SVSE), { npoints: 24 }) as Feature<Geometry>;
  if (line.geometry.type !== 'LineString') throw new Error('the great circle is split');
  return (truncate(line, { precision: DECIMALS, coordinates: 2 }) as Feature<LineString>).geometry;
}

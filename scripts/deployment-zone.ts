/**
 * Builds the deployment zone: this map's construction of the international waters near Venezuela in which the
 * US deployment is reported to operate — a box minus a 12-nautical-mile buffer of every coast in or near it,
 * including small Venezuelan islands that Natural Earth lacks. Pure: the caller supplies Natural Earth land.
 */
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { bboxClip } from '@turf/bbox-clip';
import { bboxPolygon } from '@turf/bbox-polygon';
import { buffer } from '@turf/buffer';
import { circle } from '@turf/circle';
import { cleanCoords } from '@turf/clean-coords';
import { difference } from '@turf/difference';
import { featureCollection, point, polygon } from '@turf/helpers';
import { kinks } from '@turf/kinks';
import { rewind } from '@turf/rewind';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import { union } from '@turf/union';
import type { BBox, Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { TERRITORIAL_SEA_KM } from '../src/geometry/figures.ts';

/** Aruba/Curaçao (west) to Grenada/Trinidad (east); south of the Venezuelan coast; north to 14°N. */
export const ZONE_BOX: BBox = [-70.3, 10, -61.3, 14];
/** Land this far outside the box can still push its 12 NM buffer into it (22 km ≈ 0.2°). */
const LAND_MARGIN_DEG = 0.5;
/** ≈ 1 km: far below what the sources can support, and keeps the file small. */
const SIMPLIFY_TOLERANCE_DEG = 0.01;
/** ≈ 11 m. */
const DECIMALS = 4;

/**
 * Venezuelan islands in the box that Natural Earth 1:10m leaves out, so their territorial seas must be cut by
 * hand: a circle of 12 NM plus `extentKm`, the island group's reach around its point.
 */
export const MISSING_ISLANDS = [
  {
    name: 'Los Testigos',
    // The main island's point; Testigo Grande is 5.4 km long and the other islands lie close around it.
    position: [-63.09722, 11.38306],
    extentKm: 5,
    source: 'English Wikipedia “Los Testigos Islands”, 11°22′59″N 63°05′50″W'
  },
  {
    name: 'La Sola',
    // A rock of about 500 m².
    position: [-63.572278, 11.305889],
    extentKm: 0,
    source: 'English Wikipedia “La Sola Island”, 11°18′21.2″N 63°34′20.2″W'
  }
] as const;

export const DEPLOYMENT_ZONE_GEOMETRY_SOURCE =
  'Constructed by this map (scripts/build-deployment-zone.ts) with Turf: the box 70.3°W–61.3°W, 10°N–14°N, ' +
  `minus a ${TERRITORIAL_SEA_KM.toFixed(3)} km (12 nautical mile) buffer of every Natural Earth 1:10m land ` +
  'polygon (world-atlas countries-10m) within 0.5° of the box, and a 12 nautical mile circle around each ' +
  `Venezuelan island that Natural Earth lacks (${MISSING_ISLANDS.map(
    (island) =>
      `${island.name}, ${island.source}${island.extentKm ? `, widened by ${island.extentKm} km for the island group` : ''}`
  ).join('; ')}); only the largest remaining piece, the open sea, ` +
  'is kept (pockets such as the Gulf of Paria are dropped); simplified at 0.01° and rounded to 4 decimals. ' +
  'The buffer is measured from the Natural Earth coastline, not from Venezuela’s official straight baselines, ' +
  'so in places the real territorial sea reaches further out than this shape suggests.';

type Land = Feature<Polygon | MultiPolygon>;

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Every land polygon near the box, clipped so that the buffer works on small pieces. */
function landNearBox(land: FeatureCollection<Polygon | MultiPolygon>, box: BBox): Feature<Polygon>[] {
  const near: BBox = [
    box[0] - LAND_MARGIN_DEG,
    box[1] - LAND_MARGIN_DEG,
    box[2] + LAND_MARGIN_DEG,
    box[3] + LAND_MARGIN_DEG
  ];
  const pieces: Feature<Polygon>[] = [];
  for (const country of land.features) {
    const polygons: Position[][][] =
      country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    for (const rings of polygons) {
      const piece = polygon(rings);
      if (!overlaps(bbox(piece), near)) continue;
      const clipped = bboxClip(piece, near);
      const clippedRings = clipped.geometry.coordinates as Position[][];
      if (clippedRings.length > 0 && clippedRings.every((ring) => ring.length >= 4))
        pieces.push(clipped as Feature<Polygon>);
    }
  }
  return pieces;
}

function largestPolygon(shape: Land): Feature<Polygon> {
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const ranked = polygons.map((rings) => polygon(rings)).sort((a, b) => area(b) - area(a));
  const largest = ranked[0];
  if (!largest) throw new Error('the box minus the land buffers is empty');
  return largest;
}

/** The zone's geometry, deterministic for a given land input. */
export function buildDeploymentZoneGeometry(land: FeatureCollection<Polygon | MultiPolygon>): Polygon {
  const buffers = landNearBox(land, ZONE_BOX)
    .map((piece) => buffer(piece, TERRITORIAL_SEA_KM, { units: 'kilometers' }))
    .filter((shape): shape is Land => shape !== undefined);
  for (const island of MISSING_ISLANDS)
    buffers.push(
      circle(point([...island.position]), TERRITORIAL_SEA_KM + island.extentKm, {
        units: 'kilometers',
        steps: 64
      })
    );
  const territorialSeas = union(featureCollection(buffers));
  const box = bboxPolygon(ZONE_BOX) as Land;
  const sea = territorialSeas ? difference(featureCollection([box, territorialSeas])) : box;
  if (!sea) throw new Error('the land buffers cover the whole box');
  const simplified = simplify(largestPolygon(sea), { tolerance: SIMPLIFY_TOLERANCE_DEG, highQuality: true });
  const rounded = cleanCoords(
    truncate(simplified, { precision: DECIMALS, coordinates: 2 })
  ) as Feature<Geometry>;
  if (rounded.geometry.type !== 'Polygon')
    throw new Error(`expected a Polygon, got ${rounded.geometry.type}`);
  const zone = rewind(rounded as Feature<Polygon>) as Feature<Polygon>;
  const crossings = kinks(zone).features.length;
  if (crossings > 0) throw new Error(`the simplified zone crosses itself at ${crossings} points`);
  return zone.geometry;
}

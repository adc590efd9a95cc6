/**
 * The coarse world under the detailed basemap: Natural Earth 110 m land (world-atlas), simplified and
 * rounded to 0.1°, so that outside the detailed region (zoomed out, or where imported data lies) land never
 * shows as sea. Inside the region it is drawn only below the detailed tiles' first zoom. A few KB; drawn as a GeoJSON source (src/map/basemapStyle.ts).
 * Pure and deterministic; tests/unit/basemap-world.test.ts checks the committed file against it.
 */
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { BASEMAP_REGION } from '../src/map/basemapFile.ts';

/** Degrees: under two pixels at zoom 3, where the detailed basemap takes over inside the region. */
const TOLERANCE = 0.3;
const round = (n: number) => Math.round(n * 10) / 10;

function roundRing(ring: Position[]): Position[] {
  const rounded = ring.map(([lon, lat]) => [round(lon!), round(lat!)]);
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
}

const regionBox = (): Feature<Polygon> => {
  const [w, s, e, n] = BASEMAP_REGION;
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s]
        ]
      ]
    }
  };
};

function rounded(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const coordinates = polygons
    .map((rings) => rings.map(roundRing).filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return { type: 'MultiPolygon', coordinates };
}

/**
 * Two features: the land outside the region (drawn at every zoom), and the coarse land inside it, drawn
 * only below the detailed tiles' first zoom, where those are not loaded.
 */
export function buildWorldLand(land110: Topology): FeatureCollection<MultiPolygon> {
  const land = feature(land110, land110.objects['land']!) as unknown as FeatureCollection<MultiPolygon>;
  const simple = simplify(land.features[0]!, { tolerance: TOLERANCE, highQuality: true });
  const pair = { type: 'FeatureCollection' as const, features: [simple, regionBox()] };
  const outside = difference(pair);
  const inside = intersect(pair);
  if (!outside || !inside) throw new Error('the world land does not straddle the region');
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { layer: 'land', part: 'outside' },
        geometry: rounded(outside.geometry)
      },
      { type: 'Feature', properties: { layer: 'land', part: 'region' }, geometry: rounded(inside.geometry) }
    ]
  };
}

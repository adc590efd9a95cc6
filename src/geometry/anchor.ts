/** Where to put the camera for a feature: a point to fly to, or bounds to fit. Turf does the geometry. */
import area from '@turf/area';
import bbox from '@turf/bbox';
import centroid from '@turf/centroid';
import type { Feature } from 'geojson';

export type Bounds = [number, number, number, number];

export function featureBounds(feature: Feature): Bounds {
  return bbox(feature) as Bounds;
}

/** The bounds around all these features. */
export function featuresBounds(features: readonly Feature[]): Bounds {
  return bbox({ type: 'FeatureCollection', features: [...features] }) as Bounds;
}

/** Longitude and latitude only: MapLibre refuses a position of four numbers (LngLatLike is two or three). */
const lngLat = ([lon = 0, lat = 0]: number[]): [number, number] => [lon, lat];

/** A point-sized target flies to a zoom; anything larger fits its bounds. */
export function cameraTarget(feature: Feature): { center: [number, number] } | { bounds: Bounds } {
  if (feature.geometry.type === 'Point') return { center: lngLat(feature.geometry.coordinates) };
  return { bounds: featureBounds(feature) };
}

/** A representative point, e.g. for keeping the selection in view. */
export function featureAnchor(feature: Feature): [number, number] {
  if (feature.geometry.type === 'Point') return lngLat(feature.geometry.coordinates);
  return lngLat(centroid(feature).geometry.coordinates);
}

export function featureAreaKm2(feature: Feature): number {
  const type = feature.geometry?.type;
  return type === 'Polygon' || type === 'MultiPolygon' ? area(feature) / 1e6 : 0;
}

/** Camera moves that keep the selection visible beside the panels that cover part of the map. */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { cameraTarget, featureAnchor, featuresBounds, type Bounds } from '../geometry/anchor';

/** The part of the map a panel covers: the side panel on desktop, the bottom sheet on a phone. */
export function coveredPadding(map: MapLibreMap, panelOpen: boolean): PaddingOptions {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const phone = width <= 600;
  const base = { top: 40, left: 40, right: 60, bottom: 40 };
  if (!panelOpen) return base;
  return phone
    ? { ...base, bottom: Math.round(height * 0.5) + 20 }
    : { ...base, right: Math.min(400, width / 2) };
}

const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function fit(map: MapLibreMap, bounds: Bounds, padding: PaddingOptions) {
  map.fitBounds(bounds, { padding, maxZoom: 8, animate: !reduceMotion(), duration: 900 });
}

/** Flies to a feature chosen from the list: points to a readable zoom, shapes to fit. */
export function flyToFeature(map: MapLibreMap, feature: Feature, padding: PaddingOptions) {
  const target = cameraTarget(feature);
  if ('center' in target)
    map.flyTo({ center: target.center, zoom: Math.max(map.getZoom(), 7), padding, animate: !reduceMotion() });
  else fit(map, target.bounds, padding);
}

/** Shows features chosen together (a timeline event's): one as `flyToFeature` does, several all in view. */
export function flyToFeatures(map: MapLibreMap, features: readonly Feature[], padding: PaddingOptions) {
  const [first, ...others] = features;
  if (!first) return;
  if (!others.length) flyToFeature(map, first, padding);
  else fit(map, featuresBounds(features), padding);
}

/** After a click, nudges the map only if the feature ended up under a panel. */
export function revealFeature(map: MapLibreMap, feature: Feature, padding: PaddingOptions) {
  const anchor = featureAnchor(feature);
  const { x, y } = map.project(anchor);
  const { width, height } = map.getContainer().getBoundingClientRect();
  const top = padding.top ?? 0;
  const left = padding.left ?? 0;
  const visible =
    x >= left && x <= width - (padding.right ?? 0) && y >= top && y <= height - (padding.bottom ?? 0);
  if (feature.geometry.type === 'Point' && !visible) map.easeTo({ center: anchor, padding, duration: 500 });
}

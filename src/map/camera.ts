/**
 * Camera moves that keep the selection visible beside the panels that cover part of the map. The panels are
 * allowed for with an `offset` of the target, never with MapLibre's `padding` on flyTo/easeTo: that padding
 * stays in the map's transform, so afterwards the map's centre (and the URL's) was not the canvas centre,
 * and the next padded fit counted the panel twice ("Map cannot fit within canvas" on a phone).
 */
import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { cameraTarget, featureAnchor, featuresBounds, type Bounds } from '../geometry/anchor';

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

/** The part of the map a panel covers: the side panel on desktop, the bottom sheet on a phone. */
export function coveredPadding(map: MapLibreMap, panelOpen: boolean): PaddingOptions {
  const { width, height } = map.getContainer().getBoundingClientRect();
  return paddingFor({ width, height }, panelOpen);
}

export function paddingFor(size: { width: number; height: number }, panelOpen: boolean): PaddingOptions {
  const { width, height } = size;
  const base = { top: 40, left: 40, right: 60, bottom: 40 };
  if (!panelOpen) return base;
  return width <= 600
    ? { ...base, bottom: Math.round(height * 0.5) + 20 }
    : { ...base, right: Math.min(400, width / 2) };
}

/** Where the middle of the uncovered part lies, relative to the canvas centre (MapLibre's `offset`). */
export function paddingOffset(padding: PaddingOptions): [number, number] {
  const { top = 0, right = 0, bottom = 0, left = 0 } = padding;
  return [(left - right) / 2, (top - bottom) / 2];
}

/** Whether the uncovered part is big enough to fit a shape into (at least `room` px each way). */
export function leavesRoom(size: { width: number; height: number }, padding: PaddingOptions, room = 48) {
  const { top = 0, right = 0, bottom = 0, left = 0 } = padding;
  return size.width - left - right >= room && size.height - top - bottom >= room;
}

const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function fit(map: MapLibreMap, bounds: Bounds, padding: PaddingOptions) {
  const { width, height } = map.getContainer().getBoundingClientRect();
  const animate = !reduceMotion();
  map.setPadding(NO_PADDING);
  if (leavesRoom({ width, height }, padding)) {
    map.fitBounds(bounds, { padding, maxZoom: 8, animate, duration: 900 });
    return;
  }
  // Too little map left beside the panel to fit into: centre the shape in what is left instead.
  const [west, south, east, north] = bounds;
  map.flyTo({ center: [(west + east) / 2, (south + north) / 2], offset: paddingOffset(padding), animate });
}

/** Flies to a feature chosen from the list: points to a readable zoom, shapes to fit. */
export function flyToFeature(map: MapLibreMap, feature: Feature, padding: PaddingOptions) {
  const target = cameraTarget(feature);
  if ('center' in target)
    map.flyTo({
      center: target.center,
      zoom: Math.max(map.getZoom(), 7),
      padding: NO_PADDING,
      offset: paddingOffset(padding),
      animate: !reduceMotion()
    });
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
  if (map.isMoving()) return; // a list or timeline choice is flying there already
  const anchor = featureAnchor(feature);
  const { x, y } = map.project(anchor);
  const { width, height } = map.getContainer().getBoundingClientRect();
  const top = padding.top ?? 0;
  const left = padding.left ?? 0;
  const visible =
    x >= left && x <= width - (padding.right ?? 0) && y >= top && y <= height - (padding.bottom ?? 0);
  if (feature.geometry.type === 'Point' && !visible)
    map.easeTo({ center: anchor, padding: NO_PADDING, offset: paddingOffset(padding), duration: 500 });
}

/**
 * What the SVG map draws, worked out from the data and the basemap in plain TypeScript (tested in Node):
 * the frame, the basemap's land, borders and labels, and each situation feature's shape and look.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerEntry, Locale } from '../data/schema';
import { precisionMarks } from '../map/certainty';
import { shownOn } from '../timeline/asOf';
import { certaintyLook, type CertaintyLook } from './certainty';
import { allPositions, geometryPath, pointPositions } from './paths';
import { boundsOf, fitFrame, project, type Bbox, type Frame } from './projection';

/** View-box width; the height follows from the situation's shape. */
export const SVG_WIDTH = 1000;
/** Degrees of margin around the situation, so nothing touches the edge. */
const MARGIN = 1.5;
/** Features drawn per layer at most: an imported file can hold 100,000, which SVG cannot carry. */
export const MAX_FEATURES_PER_LAYER = 2000;

/** The frame around the given collections' features (the manifest's layers), inside `limit`. */
export function situationFrame(collections: readonly FeatureCollection[], limit: Bbox): Frame {
  const positions = function* () {
    for (const collection of collections)
      for (const feature of collection.features) yield* allPositions(feature.geometry);
  };
  return fitFrame(boundsOf(positions(), MARGIN, limit) ?? limit, SVG_WIDTH);
}

export interface BasemapScene {
  land: string;
  borders: string;
  labels: Array<{ name: string; x: number; y: number; sea: boolean }>;
}

/** The basemap's land, borders and the labels a map at this scale would show. */
export function basemapScene(basemap: FeatureCollection, frame: Frame, locale: Locale = 'en'): BasemapScene {
  const ofLayer = (layer: string) => basemap.features.filter((f) => f.properties?.['layer'] === layer);
  const path = (features: Feature[], tolerance: number) =>
    features.map((f) => geometryPath(f.geometry, frame, tolerance)).join('');
  // The zoom a MapLibre map of this width would have: labels appear as they would there.
  const zoom = Math.log2(frame.scale / 512);
  const labels = basemap.features.flatMap((f) => {
    const layer = f.properties?.['layer'];
    // The label's name in the page's language where the basemap has one (scripts/basemap.ts).
    const name = f.properties?.[`name_${locale}`] ?? f.properties?.['name'];
    const minzoom = Number(f.properties?.['minzoom'] ?? 0);
    if ((layer !== 'country-label' && layer !== 'sea-label') || typeof name !== 'string' || minzoom > zoom)
      return [];
    // Beyond the frame too: a screen of another shape shows more than the frame (preserveAspectRatio).
    return pointPositions(f.geometry).map((position) => {
      const [x, y] = project(frame, position);
      return { name, x, y, sea: layer === 'sea-label' };
    });
  });
  return { land: path(ofLayer('land'), 1), borders: path(ofLayer('border'), 1), labels };
}

/** Stroke width of the dashed ring around a point of known status (as on the WebGL map). */
export const RING_WIDTH = 1.6;

export interface SceneFeature extends CertaintyLook {
  id: string;
  name: string;
  /** Path data for lines and areas ('' for points). */
  path: string;
  /** Positions of points, in view-box units. */
  points: Array<[number, number]>;
  status: string | undefined;
  /** The dash of a point's status ring. */
  ringDash: string | undefined;
}

/** A layer's features shown on `day` (null = all), with their shapes and certainty (marked in `locale`). */
export function layerScene(
  entry: LayerEntry,
  features: readonly Feature[],
  frame: Frame,
  day: string | null,
  locale: Locale
): SceneFeature[] {
  const lineWidth = entry.style.lineWidth ?? 2;
  const marks = precisionMarks(locale);
  const seen = new Set<string>();
  return features
    .filter((feature) => !day || shownOn(feature.properties?.['since'], day))
    .slice(0, MAX_FEATURES_PER_LAYER)
    .map((feature) => {
      const properties = feature.properties ?? {};
      const id = String(properties['id'] ?? '');
      const status = typeof properties['status'] === 'string' ? properties['status'] : undefined;
      return {
        id,
        name: String(properties['name'] ?? id),
        path: geometryPath(feature.geometry, frame),
        points: pointPositions(feature.geometry).map((position) => project(frame, position)),
        status,
        ...certaintyLook(properties, lineWidth, marks, entry.style.dash),
        ringDash: certaintyLook(properties, RING_WIDTH, marks).dash
      };
    })
    .filter((feature) => {
      // One button per id: an imported file may repeat one, and the first is the one the panel shows.
      if (!feature.id || seen.has(feature.id) || !(feature.path || feature.points.length)) return false;
      seen.add(feature.id);
      return true;
    });
}

/**
 * What MapLibre is given of a layer: each feature's geometry and only the properties the map itself reads.
 * Summaries, sources and quotes stay on the page (the context panel finds them by id). MapLibre copies a
 * source's data into its worker property by property, and indexes it there, so for 100,000 imported points
 * the difference is seconds.
 */
import type { Feature, FeatureCollection } from 'geojson';

/**
 * The properties the map's styles and filters read: `id` (every source's promoteId: clicks, hover and
 * highlight go by it), `name` (labels, src/map/layerStyle.ts), `since` (the as-of date,
 * src/timeline/asOf.ts), and `status` and `precision` (how certainty is drawn, src/map/certainty.ts).
 * tests/unit/map-data.test.ts checks that no style reads anything else.
 */
export const MAP_PROPERTIES = ['id', 'name', 'since', 'status', 'precision'] as const;

export function mapData(collection: FeatureCollection): FeatureCollection {
  return { type: 'FeatureCollection', features: collection.features.map(forMap) };
}

function forMap(feature: Feature): Feature {
  const properties: Record<string, unknown> = {};
  for (const key of MAP_PROPERTIES) {
    const value = feature.properties?.[key];
    if (value !== undefined) properties[key] = value;
  }
  return { type: 'Feature', properties, geometry: feature.geometry };
}

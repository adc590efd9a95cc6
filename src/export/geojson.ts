/**
 * "Download GeoJSON": what the map shows — the visible layers, situation and imported, on the chosen day —
 * as one FeatureCollection. Each feature says which layer it came from in a `layer` property, and the file
 * imports back cleanly (ids that clash with the map's are renumbered then, see src/import/prepare.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerLoad } from '../data/load';

export interface ExportScope {
  loads: readonly LayerLoad[];
  isVisible: (layerId: string) => boolean;
  /** Whether a feature is part of the story on the chosen day. */
  isShown: (featureId: string) => boolean;
}

export function visibleCollection({ loads, isVisible, isShown }: ExportScope): FeatureCollection {
  const features: Feature[] = [];
  for (const load of loads) {
    if (load.status !== 'loaded' || !isVisible(load.entry.id)) continue;
    for (const feature of load.data.features) {
      if (!isShown(String(feature.properties.id))) continue;
      features.push({
        type: 'Feature',
        geometry: feature.geometry,
        properties: { ...feature.properties, layer: load.entry.id }
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** `Caribbean situation map` on 2025-12-01 → `caribbean-situation-map-2025-12-01.geojson`. */
export function exportFileName(title: string, day: string, extension: 'geojson' | 'png'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'map'}-${day}.${extension}`;
}

/**
 * Turns a manifest layer entry into MapLibre layer specifications
 * (https://maplibre.org/maplibre-style-spec/layers/). The manifest is the one source of a layer's look;
 * the map and the legend both read it through here.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification
} from 'maplibre-gl';
import type { LayerEntry } from '../data/schema';
import { LABEL_FONT, type Theme } from './basemapStyle';

type Spec<T> = Omit<T, 'source'>;
export type SituationLayerSpec =
  | Spec<FillLayerSpecification>
  | Spec<LineLayerSpecification>
  | Spec<CircleLayerSpecification>
  | Spec<SymbolLayerSpecification>;

/** `a` when the feature is selected, hovered or highlighted by the timeline (feature-state), else `b`. */
function whenActive<T extends number | string>(active: T, normal: T): ExpressionSpecification {
  return [
    'case',
    [
      'any',
      ['boolean', ['feature-state', 'selected'], false],
      ['boolean', ['feature-state', 'hover'], false],
      ['boolean', ['feature-state', 'highlighted'], false]
    ],
    active,
    normal
  ];
}

const HALO = { light: '#ffffff', dark: '#101418' } as const;

/**
 * A clustered layer (style.cluster) groups its points up to this zoom; from the next zoom on every point is
 * drawn by itself, which is also the zoom a point chosen from the list is flown to (src/map/camera.ts).
 */
export const CLUSTER_MAX_ZOOM = 6;
/** The GeoJSON source options for an entry: clustering, when the manifest asks for it (points only). */
export function clusterOptions(entry: LayerEntry) {
  return entry.kind === 'point' && entry.style.cluster
    ? { cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: 45 }
    : {};
}
const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];

/** Clusters: a disc that grows with its count, and the count on it. */
function clusterSpecs(entry: LayerEntry, theme: Theme): SituationLayerSpec[] {
  const { color } = entry.style;
  return [
    {
      id: `${entry.id}-cluster`,
      type: 'circle',
      filter: IS_CLUSTER,
      paint: {
        'circle-color': color,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 11, 100, 15, 1000, 19, 10000, 24],
        'circle-stroke-color': HALO[theme],
        'circle-stroke-width': whenActive(3, 1.5)
      }
    },
    {
      id: `${entry.id}-cluster-count`,
      type: 'symbol',
      filter: IS_CLUSTER,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-allow-overlap': true
      },
      paint: { 'text-color': '#ffffff', 'text-halo-color': 'rgba(0, 0, 0, 0.35)', 'text-halo-width': 1 }
    }
  ];
}

export function situationLayerSpecs(entry: LayerEntry, theme: Theme): SituationLayerSpec[] {
  const { color, fillOpacity = 0.15, lineWidth = 2, dash, radius = 5, labels = false } = entry.style;
  const dashed = dash ? { 'line-dasharray': dash } : {};
  switch (entry.kind) {
    case 'fill':
      return [
        {
          id: `${entry.id}-fill`,
          type: 'fill',
          paint: {
            'fill-color': color,
            'fill-opacity': whenActive(Math.min(1, fillOpacity * 2.2), fillOpacity)
          }
        },
        {
          id: `${entry.id}-outline`,
          type: 'line',
          paint: { 'line-color': color, 'line-width': whenActive(lineWidth * 2, lineWidth), ...dashed }
        }
      ];
    case 'line':
      return [
        {
          id: `${entry.id}-casing`,
          type: 'line',
          layout: { 'line-join': 'round', 'line-cap': 'round' },
          paint: { 'line-color': HALO[theme], 'line-width': whenActive(lineWidth * 2 + 6, lineWidth + 3) }
        },
        {
          id: `${entry.id}-line`,
          type: 'line',
          layout: { 'line-join': 'round' },
          paint: { 'line-color': color, 'line-width': whenActive(lineWidth * 2, lineWidth), ...dashed }
        }
      ];
    case 'point': {
      const clustered = Boolean(entry.style.cluster);
      const specs: SituationLayerSpec[] = [
        ...(clustered ? clusterSpecs(entry, theme) : []),
        {
          id: `${entry.id}-circle`,
          type: 'circle',
          ...(clustered && { filter: ['!', IS_CLUSTER] as ExpressionSpecification }),
          paint: {
            'circle-color': color,
            'circle-radius': whenActive(radius * 1.6, radius),
            'circle-stroke-color': HALO[theme],
            'circle-stroke-width': whenActive(3, 1.5)
          }
        }
      ];
      if (labels)
        specs.push({
          id: `${entry.id}-label`,
          type: 'symbol',
          ...(clustered && { filter: ['!', IS_CLUSTER] as ExpressionSpecification }),
          layout: {
            'text-field': ['get', 'name'],
            'text-font': LABEL_FONT,
            'text-size': 12,
            'text-anchor': 'left',
            'text-offset': [0.9, 0],
            'text-max-width': 12,
            'text-optional': true
          },
          paint: { 'text-color': color, 'text-halo-color': HALO[theme], 'text-halo-width': 1.5 }
        });
      return specs;
    }
  }
}

/** The ids of the map layers a reader can click for this entry (labels and clusters are not features). */
export function clickableLayerIds(entry: LayerEntry): string[] {
  return situationLayerSpecs(entry, 'light')
    .filter((spec) => spec.type !== 'symbol' && !/-(casing|cluster)$/.test(spec.id))
    .map((spec) => spec.id);
}

/** The map layer drawing this entry's clusters, when it has them (a click there zooms in). */
export function clusterLayerId(entry: LayerEntry): string | null {
  return clusterOptions(entry).cluster ? `${entry.id}-cluster` : null;
}

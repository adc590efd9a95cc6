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
      const specs: SituationLayerSpec[] = [
        {
          id: `${entry.id}-circle`,
          type: 'circle',
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

/** The ids of the map layers a reader can click for this entry (labels are not targets). */
export function clickableLayerIds(entry: LayerEntry): string[] {
  return situationLayerSpecs(entry, 'light')
    .filter((spec) => spec.type !== 'symbol' && !spec.id.endsWith('-casing'))
    .map((spec) => spec.id);
}

/**
 * The chosen feature, drawn again in its own source on top of every layer, so that it is highlighted and
 * labelled whatever lies above it in its own layer order or crowds its label out
 * (https://maplibre.org/maplibre-style-spec/layers/). Its label is placed first and always shown; other
 * labels make room for it.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { LayerEntry, Locale } from '../data/schema';
import { featureAnchor } from '../geometry/anchor';
import { LABEL_FONT, type Theme } from './basemapStyle';
import { labelWithPrecision, precisionMarks, statusDash } from './certainty';
import { HALO, labelColor, type SituationLayerSpec } from './layerStyle';

export const SELECTION_SOURCE = 'selection';
const INK = { light: '#1d1f21', dark: '#f2f4f5' } as const;

/** The selected feature's shape and, at its anchor, its label; nothing when none is selected. */
export function selectionData(feature: Feature | undefined): FeatureCollection {
  if (!feature?.geometry) return { type: 'FeatureCollection', features: [] };
  const props = feature.properties ?? {};
  const certainty = { status: props['status'], precision: props['precision'] };
  const point = feature.geometry.type === 'Point';
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { role: 'shape', ...certainty }, geometry: feature.geometry },
      {
        type: 'Feature',
        properties: { role: 'label', name: props['name'], ...certainty, anchor: point ? 'left' : 'center' },
        geometry: { type: 'Point', coordinates: featureAnchor(feature) }
      }
    ]
  };
}

const role = (value: string): ExpressionSpecification => ['==', ['get', 'role'], value];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/** The layers that draw the selection, styled after its own layer (`entry`; none selected: a plain look). */
export function selectionLayerSpecs(
  entry: LayerEntry | undefined,
  theme: Theme,
  locale: Locale
): SituationLayerSpec[] {
  const { color, lineWidth = 2, radius = 5, dash } = entry?.style ?? { color: INK[theme] };
  const dot = Math.max(radius * 1.5, 6);
  const shape = (filter: ExpressionSpecification): ExpressionSpecification => ['all', role('shape'), filter];
  return [
    {
      id: 'selection-casing',
      type: 'line',
      filter: shape(['!', isPoint]),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': HALO[theme], 'line-width': lineWidth * 2 + 7, 'line-opacity': 0.9 }
    },
    {
      id: 'selection-line',
      type: 'line',
      filter: shape(['!', isPoint]),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': lineWidth * 2 + 1, 'line-dasharray': statusDash(dash) }
    },
    {
      // A target ring that clears what lies under the chosen point (Caracas under Miraflores, say).
      id: 'selection-halo',
      type: 'circle',
      filter: shape(isPoint),
      paint: {
        'circle-radius': dot + 5,
        'circle-color': HALO[theme],
        'circle-opacity': 0.85,
        'circle-stroke-color': INK[theme],
        'circle-stroke-width': 2.5
      }
    },
    {
      id: 'selection-point',
      type: 'circle',
      filter: shape(isPoint),
      paint: { 'circle-radius': dot, 'circle-color': color }
    },
    {
      id: 'selection-label',
      type: 'symbol',
      filter: role('label'),
      layout: {
        'text-field': labelWithPrecision(precisionMarks(locale)),
        'text-font': LABEL_FONT,
        'text-size': 14,
        'text-anchor': ['match', ['get', 'anchor'], 'left', 'left', 'center'],
        'text-offset': [
          'match',
          ['get', 'anchor'],
          'left',
          ['literal', [(dot + 9) / 14, 0]],
          ['literal', [0, 0]]
        ],
        'text-max-width': 14,
        // Always shown, and placed before (so above) every other label, which then avoids it.
        'text-allow-overlap': true,
        'text-ignore-placement': false
      },
      paint: {
        'text-color': labelColor(color, theme),
        'text-halo-color': HALO[theme],
        'text-halo-width': 2.5
      }
    }
  ];
}

export const SELECTION_LAYER_IDS = selectionLayerSpecs(undefined, 'light', 'en').map((spec) => spec.id);

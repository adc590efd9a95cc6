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
import type { LayerEntry, Locale } from '../data/schema';
import { LABEL_FONT, type Theme } from './basemapStyle';
import {
  isKnownStatus,
  labelWithPrecision,
  precisionIn,
  precisionMark,
  precisionMarks,
  precisionScreen,
  type PrecisionMarks,
  statusDash,
  statusRing
} from './certainty';
import { readableOn } from './contrast';

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

export const HALO = { light: '#ffffff', dark: '#101418' } as const;

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

/** The theme's ink for certainty rings and label halos. */
const INK = { light: '#1d1f21', dark: '#e6e8ea' } as const;

/**
 * The layer colour as label text: 7:1 against its halo in either scheme (beyond WCAG AA), so the story's
 * labels read at least as well as the basemap's own (6–10:1).
 */
export const labelColor = (color: string, theme: Theme) => readableOn(color, HALO[theme], 7);
/** A point's fill: at least 3:1 against its halo, so a grey dot does not vanish on the dark basemap. */
const pointColor = (color: string, theme: Theme) => readableOn(color, HALO[theme], 3);

/** Written along approximate and schematic lines and outlines (./certainty.ts). */
function precisionMarkSpec(
  id: string,
  color: string,
  theme: Theme,
  marks: PrecisionMarks
): SituationLayerSpec {
  return {
    id: `${id}-mark`,
    type: 'symbol',
    filter: precisionIn('approximate', 'schematic'),
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 480,
      'text-field': precisionMark(marks),
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-letter-spacing': 0.05,
      'text-max-angle': 35
    },
    paint: { 'text-color': labelColor(color, theme), 'text-halo-color': HALO[theme], 'text-halo-width': 2 }
  };
}

/**
 * A band along an approximate (hatched) or schematic (dotted) line or outline: its true course is
 * somewhere near, or it is only a drawing. Along the edge rather than over the area, so a large shape does
 * not bury the map.
 */
function precisionEdgeSpec(id: string, color: string, lineWidth: number): SituationLayerSpec {
  return {
    id: `${id}-edge`,
    type: 'line',
    filter: precisionIn('approximate', 'schematic'),
    layout: { 'line-join': 'round' },
    paint: { 'line-pattern': precisionScreen(color), 'line-width': lineWidth * 3 + 6, 'line-blur': 1.5 }
  };
}

const ROUND = { 'line-join': 'round', 'line-cap': 'round' } as const;

/** A line or an outline in the layer's colour, dashed by the feature's status, wider when active. */
function statusStrokeSpec(id: string, color: string, lineWidth: number, dash?: number[]): SituationLayerSpec {
  return {
    id,
    type: 'line',
    layout: ROUND,
    paint: {
      'line-color': color,
      'line-width': whenActive(lineWidth * 2, lineWidth),
      'line-dasharray': statusDash(dash)
    }
  };
}

/** `locale` is the language of the words the map writes on shapes (the precision marks). */
export function situationLayerSpecs(entry: LayerEntry, theme: Theme, locale: Locale): SituationLayerSpec[] {
  const { color, fillOpacity = 0.15, lineWidth = 2, dash, radius = 5 } = entry.style;
  const clustered = entry.kind === 'point' && Boolean(entry.style.cluster);
  // Every unclustered point is labelled where there is room; clustered layers only when asked.
  const labels = entry.style.labels ?? !clustered;
  const id = entry.id;
  const marks = precisionMarks(locale);
  switch (entry.kind) {
    case 'fill':
      return [
        {
          id: `${id}-fill`,
          type: 'fill',
          paint: {
            'fill-color': color,
            'fill-opacity': whenActive(Math.min(1, fillOpacity * 2.2), fillOpacity)
          }
        },
        precisionEdgeSpec(id, color, lineWidth),
        statusStrokeSpec(`${id}-outline`, color, lineWidth, dash),
        precisionMarkSpec(id, color, theme, marks)
      ];
    case 'line':
      return [
        precisionEdgeSpec(id, color, lineWidth),
        {
          id: `${id}-casing`,
          type: 'line',
          layout: ROUND,
          paint: { 'line-color': HALO[theme], 'line-width': whenActive(lineWidth * 2 + 6, lineWidth + 3) }
        },
        statusStrokeSpec(`${id}-line`, color, lineWidth, dash),
        precisionMarkSpec(id, color, theme, marks)
      ];
    case 'point': {
      const notCluster = clustered ? (['!', IS_CLUSTER] as ExpressionSpecification) : undefined;
      const only = (filter: ExpressionSpecification) =>
        (notCluster ? ['all', notCluster, filter] : filter) as ExpressionSpecification;
      const specs: SituationLayerSpec[] = [
        ...(clustered ? clusterSpecs(entry, theme) : []),
        {
          // "Somewhere around here": a soft disc under an approximate point.
          id: `${id}-spread`,
          type: 'circle',
          filter: only(precisionIn('approximate')),
          paint: {
            'circle-color': pointColor(color, theme),
            'circle-radius': radius * 3 + 6,
            'circle-blur': 0.5,
            'circle-opacity': 0.4
          }
        },
        {
          id: `${id}-circle`,
          type: 'circle',
          ...(notCluster && { filter: notCluster }),
          paint: {
            'circle-color': pointColor(color, theme),
            'circle-radius': whenActive(radius * 1.35, radius),
            'circle-stroke-color': HALO[theme],
            'circle-stroke-width': whenActive(2.5, 1.5)
          }
        },
        {
          // The status ring, dashed like the strokes of lines and outlines (images: ./certaintyImages.ts).
          id: `${id}-ring`,
          type: 'symbol',
          filter: only(isKnownStatus),
          layout: {
            'icon-image': statusRing(radius + 3, INK[theme]),
            'icon-allow-overlap': true,
            'icon-ignore-placement': true
          }
        }
      ];
      if (labels)
        specs.push({
          id: `${id}-label`,
          type: 'symbol',
          ...(notCluster && { filter: notCluster }),
          layout: {
            'text-field': labelWithPrecision(marks),
            'text-font': LABEL_FONT,
            'text-size': 12,
            // Collision-aware: a label takes whichever side has room, or is left out.
            'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
            'text-radial-offset': 0.5 + (radius + 3) / 12,
            'text-justify': 'auto',
            'text-max-width': 12
          },
          paint: {
            'text-color': labelColor(color, theme),
            'text-halo-color': HALO[theme],
            'text-halo-width': 1.8,
            // The chosen point is labelled by the selection layer on top; one label, not two.
            'text-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0, 1]
          }
        });
      return specs;
    }
  }
}

/** The ids of the map layers a reader can click for this entry (labels and clusters are not features). */
export function clickableLayerIds(entry: LayerEntry): string[] {
  return situationLayerSpecs(entry, 'light', 'en')
    .filter((spec) => spec.type !== 'symbol' && !/-(casing|cluster|edge|spread)$/.test(spec.id))
    .map((spec) => spec.id);
}

/** The map layer drawing this entry's clusters, when it has them (a click there zooms in). */
export function clusterLayerId(entry: LayerEntry): string | null {
  return clusterOptions(entry).cluster ? `${entry.id}-cluster` : null;
}

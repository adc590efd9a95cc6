/**
 * A legend swatch drawn from the same manifest style the map uses, so legend and map cannot disagree.
 * Returned as plain SVG attributes for a 28×16 box. Strokes are solid: on the map a stroke's dash is the
 * feature's certainty (src/map/certainty.ts), which the certainty legend explains, not the layer's.
 */
import { PRECISIONS, STATUSES, type LayerEntry, type Precision, type Status } from '../data/schema';
import { statusWord } from '../i18n/certainty';
import * as m from '../i18n/paraglide/messages.js';
import { getLocale } from '../i18n/paraglide/runtime.js';
import { precisionMarks, STATUS_DASH } from '../map/certainty';

/** Short words for the legend (messages/*.json); the badges' longer explanations are beside them. */
const statusLegendWord = (status: Status): string =>
  status === 'claimed' ? m.status_claimed_legend() : statusWord(status);
// The marks quoted are the ones the map draws, in the same language as the rest of the legend.
const PRECISION_WORDS: Record<Precision, () => string> = {
  exact: () => m.precision_exact(),
  approximate: () => m.precision_approximate_legend({ mark: precisionMarks(getLocale()).approximate }),
  schematic: () => m.precision_schematic_legend({ mark: precisionMarks(getLocale()).schematic })
};

export type Swatch =
  | { shape: 'rect'; fill: string; fillOpacity: number; stroke: string; strokeWidth: number }
  | { shape: 'line'; stroke: string; strokeWidth: number }
  | { shape: 'circle'; fill: string; r: number };

export function legendSwatch(entry: LayerEntry): Swatch {
  const { color, fillOpacity = 0.15, lineWidth = 2, radius = 5 } = entry.style;
  switch (entry.kind) {
    case 'fill':
      return {
        shape: 'rect',
        fill: color,
        fillOpacity: Math.max(fillOpacity, 0.12),
        stroke: color,
        strokeWidth: Math.min(lineWidth, 2)
      };
    case 'line':
      return { shape: 'line', stroke: color, strokeWidth: lineWidth };
    case 'point':
      return { shape: 'circle', fill: color, r: Math.min(radius, 7) };
  }
}

/** A status's dash as SVG stroke-dasharray for a round-capped stroke of this width (as on the map). */
export function statusDashArray(status: Status, width: number): string {
  const [dash, gap] = STATUS_DASH[status];
  return gap > 0 ? `${dash * width} ${gap * width}` : '';
}

/** The certainty legend's rows, in the order of the schema's lists (most certain first). */
export function certaintyLegend() {
  return {
    statuses: STATUSES.map((status) => ({ status, text: statusLegendWord(status) })),
    precisions: PRECISIONS.map((precision) => ({ precision, text: PRECISION_WORDS[precision]() }))
  };
}

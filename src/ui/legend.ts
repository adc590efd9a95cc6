/**
 * A legend swatch drawn from the same manifest style the map uses, so legend and map cannot disagree.
 * Returned as plain SVG attributes for a 28×16 box.
 */
import type { LayerEntry } from '../data/schema';

export type Swatch =
  | { shape: 'rect'; fill: string; fillOpacity: number; stroke: string; strokeWidth: number; dash: string }
  | { shape: 'line'; stroke: string; strokeWidth: number; dash: string }
  | { shape: 'circle'; fill: string; r: number };

/** MapLibre dashes are in line widths; SVG dashes are in px. */
function svgDash(dash: number[] | undefined, width: number): string {
  return dash ? dash.map((d) => d * width).join(' ') : '';
}

export function legendSwatch(entry: LayerEntry): Swatch {
  const { color, fillOpacity = 0.15, lineWidth = 2, dash, radius = 5 } = entry.style;
  switch (entry.kind) {
    case 'fill':
      return {
        shape: 'rect',
        fill: color,
        fillOpacity: Math.max(fillOpacity, 0.12),
        stroke: color,
        strokeWidth: Math.min(lineWidth, 2),
        dash: svgDash(dash, Math.min(lineWidth, 2))
      };
    case 'line':
      return { shape: 'line', stroke: color, strokeWidth: lineWidth, dash: svgDash(dash, lineWidth) };
    case 'point':
      return { shape: 'circle', fill: color, r: Math.min(radius, 7) };
  }
}

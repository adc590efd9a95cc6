/**
 * How sure a feature is, drawn on the SVG map in the WebGL map's language (src/map/certainty.ts, whose
 * dash lengths and marks are used as they are): the claim's status as the dash of the stroke, the
 * geometry's precision as a hatched (approximate) or dotted (schematic) band along the edge and a mark on
 * the label, a soft disc for a point. Imported features with anything else keep the layer's plain look.
 */
import { STATUS_DASH, type PrecisionMarks } from '../map/certainty';

export { STATUS_DASH };

export type PrecisionLook = 'crisp' | 'hatched' | 'dotted';

/** The SVG's band along the edge, per precision (the WebGL map draws the same with images). */
export const PRECISION_LOOK: Record<string, PrecisionLook> = {
  exact: 'crisp',
  approximate: 'hatched',
  schematic: 'dotted'
};

export interface CertaintyLook {
  /** The SVG stroke-dasharray at this line width; undefined for a solid line. */
  dash: string | undefined;
  precision: PrecisionLook;
  /** The precision mark in the page's language; '' for exact or unknown geometry. */
  mark: string;
  /** Whether the status is one of the known ones (points then get a dashed ring). */
  known: boolean;
}

const own = <T extends object>(table: T, key: unknown): key is keyof T & string =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

/**
 * `marks` are the words of ../map/certainty.ts's precisionMarks; `layerDash` (the manifest's, in line
 * widths) is the look of a feature without a known status.
 */
export function certaintyLook(
  properties: Record<string, unknown> | null | undefined,
  lineWidth: number,
  marks: PrecisionMarks,
  layerDash?: readonly number[]
): CertaintyLook {
  const status = properties?.['status'];
  const precision = properties?.['precision'];
  const dash = own(STATUS_DASH, status) ? STATUS_DASH[status] : layerDash;
  const solid = !dash || dash[1] === 0;
  return {
    dash: solid ? undefined : dash.map((step) => step * lineWidth).join(' '),
    precision: own(PRECISION_LOOK, precision) ? PRECISION_LOOK[precision]! : 'crisp',
    mark: own(marks, precision) ? marks[precision] : '',
    known: own(STATUS_DASH, status)
  };
}

/**
 * How sure a feature is, drawn on the SVG map in the WebGL map's language (src/map/certainty.ts, by the
 * map's owner): the claim's status as the dash of the stroke, the geometry's precision as a hatched
 * (approximate) or dotted (schematic) band along the edge and a mark on the label, a soft disc for a point.
 * The numbers are theirs, copied into this one table; imported features with anything else keep the
 * layer's plain look.
 */

/** Dash and gap in line widths, for round-capped strokes (a zero dash is a dot); [1, 0] is solid. */
export const STATUS_DASH: Record<string, readonly [number, number]> = {
  confirmed: [1, 0],
  reported: [4, 2.5],
  claimed: [1.2, 2.5],
  rumoured: [0, 2.2]
};

export type PrecisionLook = 'crisp' | 'hatched' | 'dotted';

export const PRECISION_LOOK: Record<string, PrecisionLook> = {
  exact: 'crisp',
  approximate: 'hatched',
  schematic: 'dotted'
};

/** The words put after the name of a feature whose geometry is not exact. */
export const PRECISION_MARK: Record<string, string> = {
  exact: '',
  approximate: 'approx.',
  schematic: 'schematic'
};

export interface CertaintyLook {
  /** The SVG stroke-dasharray at this line width; undefined for a solid line. */
  dash: string | undefined;
  precision: PrecisionLook;
  /** '' for exact or unknown geometry. */
  mark: string;
  /** Whether the status is one of the known ones (points then get a dashed ring). */
  known: boolean;
}

const own = (table: object, key: unknown): key is string =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

/** `layerDash` (the manifest's, in line widths) is the look of a feature without a known status. */
export function certaintyLook(
  properties: Record<string, unknown> | null | undefined,
  lineWidth: number,
  layerDash?: readonly number[]
): CertaintyLook {
  const status = properties?.['status'];
  const precision = properties?.['precision'];
  const dash = own(STATUS_DASH, status) ? STATUS_DASH[status] : layerDash;
  const solid = !dash || dash[1] === 0;
  return {
    dash: solid ? undefined : dash.map((step) => step * lineWidth).join(' '),
    precision: own(PRECISION_LOOK, precision) ? PRECISION_LOOK[precision]! : 'crisp',
    mark: own(PRECISION_MARK, precision) ? PRECISION_MARK[precision]! : '',
    known: own(STATUS_DASH, status)
  };
}

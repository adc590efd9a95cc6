/**
 * How sure a feature is, drawn on the SVG map: the claim's status as the outline's dash, the geometry's
 * precision as a crisp, soft (blurred) or hatched shape. One table, to keep it in step with the WebGL map's
 * look (src/map/layerStyle.ts). Imported features may carry anything: what is not known looks neutral.
 */

/** stroke-dasharray per status, in multiples of the line width; null = solid. */
export const STATUS_DASH: Record<string, readonly number[] | null> = {
  confirmed: null,
  reported: [4, 2],
  claimed: [2, 2],
  rumoured: [0.5, 2]
};

export type PrecisionLook = 'crisp' | 'soft' | 'hatched';

export const PRECISION_LOOK: Record<string, PrecisionLook> = {
  exact: 'crisp',
  approximate: 'soft',
  schematic: 'hatched'
};

export interface CertaintyLook {
  /** The SVG stroke-dasharray for this line width, or undefined for a solid line. */
  dash: string | undefined;
  precision: PrecisionLook;
}

const own = (table: object, key: unknown): key is string =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

export function certaintyLook(
  properties: Record<string, unknown> | null | undefined,
  lineWidth: number
): CertaintyLook {
  const status = properties?.['status'];
  const precision = properties?.['precision'];
  const dash = own(STATUS_DASH, status) ? STATUS_DASH[status] : null;
  return {
    dash: dash ? dash.map((step) => step * lineWidth).join(' ') : undefined,
    precision: own(PRECISION_LOOK, precision) ? PRECISION_LOOK[precision]! : 'crisp'
  };
}

/**
 * The map's visual language for certainty (README, "Certainty on the map"). A claim's status sets the dash of
 * every stroke that draws it — lines, outlines and the ring around a point: solid, long dash, short dash,
 * dotted. The geometry's precision sets its edge: an approximate line or outline runs in a hatched band and
 * is marked "approx." (a point gets a soft disc), a schematic one runs in a dotted band and is marked
 * "schematic", in the page's language. Neither relies on colour.
 * Features without a known status or precision (imported ones, say) keep the layer's plain look.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { STATUSES, type Locale, type Precision, type Status } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';

/**
 * Dash and gap, in line widths, for round-capped strokes (a round cap adds half a width to each end of a
 * dash, so a zero dash is a dot). Shared by the map, the point rings and the legend's samples.
 */
export const STATUS_DASH: Record<Status, readonly [number, number]> = {
  confirmed: [1, 0],
  reported: [4, 2.5],
  claimed: [1.2, 2.5],
  rumoured: [0, 2.2]
};

/** The words put on a shape whose geometry is not exact: one source for the map, the legend and the SVG map. */
export type PrecisionMarks = Readonly<Record<Precision, string>>;
export const precisionMarks = (locale: Locale): PrecisionMarks => ({
  exact: '',
  approximate: m.precision_approximate_mark({}, { locale }),
  schematic: m.precision_schematic_mark({}, { locale })
});

/** A property as a string, whatever an import put there (null, a number, an object). */
const text = (key: string): ExpressionSpecification => ['to-string', ['get', key]];

export const isKnownStatus: ExpressionSpecification = ['in', text('status'), ['literal', [...STATUSES]]];
export const precisionIn = (...precisions: Precision[]): ExpressionSpecification => [
  'in',
  text('precision'),
  ['literal', precisions]
];

/** line-dasharray by status; `fallback` (the layer's own dash, or solid) for anything else. */
export function statusDash(fallback: readonly number[] | undefined): ExpressionSpecification {
  const arms = STATUSES.flatMap((status) => [status, ['literal', [...STATUS_DASH[status]]]]);
  return [
    'match',
    text('status'),
    ...arms,
    ['literal', [...(fallback ?? [1, 0])]]
  ] as ExpressionSpecification;
}

/** The mark written along an approximate or schematic line or outline. */
export const precisionMark = (marks: PrecisionMarks, before = ''): ExpressionSpecification => [
  'match',
  text('precision'),
  'approximate',
  `${before}${marks.approximate}`,
  'schematic',
  `${before}${marks.schematic}`,
  ''
];

/** A point's label: its name, and under it, smaller, the precision mark when the place is not exact. */
export const labelWithPrecision = (marks: PrecisionMarks): ExpressionSpecification => [
  'format',
  ['to-string', ['coalesce', ['get', 'name'], '']],
  {},
  precisionMark(marks, '\n'),
  { 'font-scale': 0.85 }
];

/*
 * Images drawn in code (./certaintyImages.ts) and named by what they show, so a missing one can be made on
 * demand from its name alone (MapLibre's `styleimagemissing`).
 */
const PREFIX = 'certainty';
export type CertaintyImage =
  | { kind: 'ring'; status: Status; radius: number; ink: string }
  | { kind: 'screen'; precision: 'approximate' | 'schematic'; color: string };

export function imageId(image: CertaintyImage): string {
  return image.kind === 'ring'
    ? `${PREFIX}:ring:${image.status}:${image.radius}:${image.ink}`
    : `${PREFIX}:screen:${image.precision}:${image.color}`;
}

/** The image an id names, or null for any other id (or a malformed one). */
export function parseImageId(id: string): CertaintyImage | null {
  const [prefix, kind, a, b, c] = id.split(':');
  if (prefix !== PREFIX) return null;
  if (kind === 'ring' && (STATUSES as readonly string[]).includes(a!) && c) {
    const radius = Number(b);
    if (!(radius > 0 && radius <= 40)) return null;
    return { kind, status: a as Status, radius, ink: c };
  }
  if (kind === 'screen' && (a === 'approximate' || a === 'schematic') && b)
    return { kind, precision: a, color: b };
  return null;
}

/** line-pattern for the band along approximate and schematic lines and outlines. */
export function precisionScreen(color: string): ExpressionSpecification {
  return [
    'match',
    text('precision'),
    'schematic',
    imageId({ kind: 'screen', precision: 'schematic', color }),
    imageId({ kind: 'screen', precision: 'approximate', color })
  ];
}

/** icon-image for the ring around a point, dashed by its status. */
export function statusRing(radius: number, ink: string): ExpressionSpecification {
  const arms = STATUSES.flatMap((status) => [status, imageId({ kind: 'ring', status, radius, ink })]);
  return ['match', text('status'), ...arms, ''] as ExpressionSpecification;
}

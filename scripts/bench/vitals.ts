/**
 * Web vitals from the page's own performance entries (the probe in page.ts collects them), computed as
 * Chrome's web-vitals library does, so the bench's figures match what Lighthouse and field data call the same.
 */

export interface LayoutShift {
  /** ms since navigation start */
  startTime: number;
  value: number;
  /** A shift within 500 ms of a click or key press is expected by the reader, and not counted. */
  hadRecentInput: boolean;
  /** The elements that moved (`tag#id.class`), for the JSON results. */
  sources?: string[];
}

/** A session window ends after a 1 s gap between shifts, or 5 s after its first shift. */
export const SESSION_GAP_MS = 1000;
export const SESSION_MAX_MS = 5000;

/** Cumulative layout shift: the largest sum of shifts within one session window (0 when nothing moved). */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.hadRecentInput) continue;
    if (shift.startTime - last > SESSION_GAP_MS || shift.startTime - first > SESSION_MAX_MS) {
      sum = 0;
      first = shift.startTime;
    }
    sum += shift.value;
    last = shift.startTime;
    largest = Math.max(largest, sum);
  }
  return largest;
}

export interface Vitals {
  /** First contentful paint, ms since navigation start; null if the page painted no content. */
  fcpMs: number | null;
  /** Largest contentful paint (the last candidate before the first input), ms; null if none. */
  lcpMs: number | null;
  cls: number;
  /** Every shift of the load, for tracing what moved (bench-results/latest.json). */
  shifts: LayoutShift[];
}

/**
 * What moved most: each shift's value shared among the elements it names, summed per element, largest
 * first. Shifts after the reader's input are left out, as in CLS.
 */
export function shiftsByElement(
  shifts: readonly LayoutShift[],
  top = 5
): { element: string; value: number }[] {
  const totals = new Map<string, number>();
  for (const shift of shifts) {
    if (shift.hadRecentInput) continue;
    const sources = shift.sources?.length ? shift.sources : ['(unknown)'];
    for (const element of sources)
      totals.set(element, (totals.get(element) ?? 0) + shift.value / sources.length);
  }
  return [...totals]
    .map(([element, value]) => ({ element, value }))
    .sort((a, b) => b.value - a.value)
    .slice(0, top);
}

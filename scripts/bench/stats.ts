/** Median and spread of repeated measurements. A run that could not measure something gives null. */

export interface Summary {
  /** How many runs produced a figure. */
  n: number;
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Null when no run produced a figure (e.g. the app has no context panel yet). */
export function summarize(values: readonly (number | null)[]): Summary | null {
  const measured = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (!measured.length) return null;
  return {
    n: measured.length,
    median: median(measured),
    min: Math.min(...measured),
    max: Math.max(...measured)
  };
}

/** Median over median; null when either side is missing or the denominator is zero. */
export function medianRatio(numerator: Summary | null, denominator: Summary | null): number | null {
  if (!numerator || !denominator || denominator.median === 0) return null;
  return numerator.median / denominator.median;
}

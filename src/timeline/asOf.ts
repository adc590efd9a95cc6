/**
 * "The situation as of a day": a feature is on the map from its `since` date. A partial date counts from its
 * first day ('2025-08' is shown from 1 August). The map applies the same rule as a MapLibre filter
 * (https://maplibre.org/maplibre-style-spec/expressions/#comparison), so the map and the place list agree.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { isoDateSpan } from '../data/problems';

/** The first day a YYYY, YYYY-MM or YYYY-MM-DD date can mean, as YYYY-MM-DD. */
export function firstDay(date: string): string {
  return isoDateSpan(date)[0];
}

/** Whether a feature in the story since `since` is shown on `day` (YYYY-MM-DD). */
export function shownOn(since: unknown, day: string): boolean {
  // A feature without a date is not dated: always shown (the validator requires `since` in geodata/).
  return typeof since !== 'string' || firstDay(since) <= day;
}

/**
 * `shownOn` as a layer filter. A string comparison is enough: '2025-08' sorts before '2025-08-01', so a
 * partial date counts from its first day here too; a missing `since` becomes '' and is shown.
 */
export function shownOnFilter(day: string): FilterSpecification {
  return ['<=', ['to-string', ['get', 'since']], day];
}

/** Both filters must pass; either may be absent. */
export function allFilters(
  a: FilterSpecification | undefined,
  b: FilterSpecification | undefined
): FilterSpecification | undefined {
  return a && b ? (['all', a, b] as FilterSpecification) : (a ?? b);
}

/** How many of the features are on the map on `day` (all of them without a day). */
export function countShown(features: readonly { properties?: unknown }[], day: string | null): number {
  if (!day) return features.length;
  let count = 0;
  for (const feature of features) {
    const properties = feature.properties as { since?: unknown } | null | undefined;
    if (shownOn(properties?.since, day)) count++;
  }
  return count;
}

/**
 * The earliest `since` of the features, as written (a month stays a month, for "appears in Aug 2025"):
 * from its first day something is on the map. Null if there is none, or a feature is undated (always shown).
 */
export function earliestSince(features: Iterable<{ properties?: unknown }>): string | null {
  let earliest: string | null = null;
  for (const feature of features) {
    const since = (feature.properties as { since?: unknown } | null | undefined)?.since;
    if (typeof since !== 'string') return null;
    if (earliest === null || firstDay(since) < firstDay(earliest)) earliest = since;
  }
  return earliest;
}

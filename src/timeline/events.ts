/**
 * The situation's timeline, derived from the features' `dates` (geodata/ is its one source). The same event
 * told on several features (same date, same words) becomes one event that concerns them all. Dates are
 * YYYY-MM-DD, or YYYY-MM when the day is not known; a month-only event sorts at the end of its month, after
 * the events whose day is known, and says so when shown.
 */
import { isoDateSpan } from '../data/problems';
import type { SituationCollection } from '../data/schema';
import { firstDay } from './asOf';

export interface TimelineEvent {
  /** As in the data: YYYY-MM-DD, or YYYY-MM (or YYYY) when the day is not known. */
  date: string;
  text: string;
  /** The features the event concerns, in data order (manifest layer order, then file order). */
  featureIds: string[];
  /** First and last day the date can mean: '2025-11' → ['2025-11-01', '2025-11-30']. */
  span: [string, string];
}

export interface TimelineGroup {
  date: string;
  span: [string, string];
  events: TimelineEvent[];
}

/** Whether the date names a day (YYYY-MM-DD) rather than a month or a year. */
export function dayKnown(date: string): boolean {
  return date.split('-').length === 3;
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  // By last possible day; of two with the same last day, the more precise (later first day) comes first.
  if (a.span[1] !== b.span[1]) return a.span[1] < b.span[1] ? -1 : 1;
  if (a.span[0] !== b.span[0]) return a.span[0] > b.span[0] ? -1 : 1;
  return 0;
}

/** Every dated event of the given layers, merged by date and text, oldest first (stable for ties). */
export function collectEvents(collections: readonly SituationCollection[]): TimelineEvent[] {
  const byKey = new Map<string, TimelineEvent>();
  for (const collection of collections)
    for (const feature of collection.features) {
      const id = String(feature.properties.id);
      const dates = Array.isArray(feature.properties.dates) ? feature.properties.dates : [];
      for (const { date, event } of dates) {
        const text = event.trim();
        const key = `${date}\n${text}`;
        const known = byKey.get(key);
        if (!known) byKey.set(key, { date, text, featureIds: [id], span: isoDateSpan(date) });
        else if (!known.featureIds.includes(id)) known.featureIds.push(id);
      }
    }
  return [...byKey.values()].sort(compareEvents);
}

/** Sorted events → one group per date (a day, or a month whose day is not given). */
export function groupByDate(events: readonly TimelineEvent[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last?.date === event.date) last.events.push(event);
    else groups.push({ date: event.date, span: event.span, events: [event] });
  }
  return groups;
}

/** Whether the event lies wholly after the chosen day (it cannot have happened yet). */
export function isAfter(event: TimelineEvent, day: string): boolean {
  return event.span[0] > day;
}

/**
 * The earliest day on which the event and every feature it concerns are on the map: choosing an event moves
 * the "as of" date forward to at least this day, so that what it highlights is visible.
 */
export function revealDay(event: TimelineEvent, sinceOf: (id: string) => string | undefined): string {
  let day = event.span[0];
  for (const id of event.featureIds) {
    const since = sinceOf(id);
    if (since !== undefined && firstDay(since) > day) day = firstDay(since);
  }
  return day;
}

/**
 * The stops of the "as of" slider: the earliest day any event can mean, the last day of every event date
 * (by then it has happened), and the latest day, the manifest's asOf. Sorted, without repeats, none after it.
 */
export function timelineStops(events: readonly TimelineEvent[], latest: string): string[] {
  const days = new Set<string>([latest]);
  const first = events[0];
  if (first) days.add(first.span[0]);
  for (const event of events) days.add(event.span[1]);
  return [...days].filter((day) => day <= latest).sort();
}

/** The index of the last stop on or before `day` (0 when the day is before them all). */
export function stopIndex(stops: readonly string[], day: string): number {
  let index = 0;
  stops.forEach((stop, i) => {
    if (stop <= day) index = i;
  });
  return index;
}

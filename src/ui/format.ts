import { isoDateSpan } from '../data/problems';

/** Made once: constructing an Intl formatter costs far more than using one, and the timeline formats dozens. */
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC'
});

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for people: "21 Nov 2025", "Nov 2025", "2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  if (!day) return MONTH.format(new Date(Date.UTC(year, month - 1, 1)));
  return DAY.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A day (YYYY-MM-DD) as a reader should see it. The "as of" slider stops on days, and an event dated only
 * by its month stands there as the month's first or last day ('2018-02' → 1 or 28 Feb): such a day is
 * shown as "Feb 2018" or "end of Feb 2018", never "1 Feb 2018", a precision the sources do not give.
 * `eventDates` are the events' dates as written; a day one of them names exactly is shown as the day.
 */
export function formatDay(day: string, eventDates: readonly string[] = []): string {
  if (eventDates.includes(day)) return formatDate(day);
  for (const date of eventDates) {
    if (date.split('-').length === 3) continue;
    const [first, last] = isoDateSpan(date);
    if (first === day) return formatDate(date);
    if (last === day) return `end of ${formatDate(date)}`;
  }
  return formatDate(day);
}

/** The manifest's subtitle without a trailing "as of <date>": the masthead shows the chosen day beside it. */
export function plainSubtitle(subtitle: string): string {
  return subtitle.replace(/,?\s*as of\b.*$/i, '').trim() || subtitle;
}

import { isoDateSpan } from '../data/problems';
import type { Locale } from '../data/schema';
import { locale as activeLocale } from '../i18n/active';
import { INTL_LOCALE } from '../i18n/intl';
import { end_of } from '../i18n/paraglide/messages.js';

/** Made once per language: constructing an Intl formatter costs far more than using one. */
const formatters = new Map<
  Locale,
  {
    month: Intl.DateTimeFormat;
    day: Intl.DateTimeFormat;
    number: Intl.NumberFormat;
    decimal: Intl.NumberFormat;
  }
>();
function formattersFor(locale: Locale) {
  let made = formatters.get(locale);
  if (!made) {
    const tag = INTL_LOCALE[locale];
    made = {
      month: new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
      number: new Intl.NumberFormat(tag),
      decimal: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    };
    formatters.set(locale, made);
  }
  return made;
}

/** A count in the reader's language: "12,345" or "12.345". */
export function formatCount(n: number, locale: Locale = activeLocale): string {
  return formattersFor(locale).number.format(n);
}

/** One decimal in the reader's language: "1.5" or "1,5". */
export function formatDecimal(n: number, locale: Locale = activeLocale): string {
  return formattersFor(locale).decimal.format(n);
}

/** Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for people: "21 Nov 2025", "Nov 2025", "2025". */
export function formatDate(iso: string, locale: Locale = activeLocale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const { month: monthFormat, day: dayFormat } = formattersFor(locale);
  if (!day) return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  return dayFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * A day (YYYY-MM-DD) as a reader should see it. The "as of" slider stops on days, and an event dated only
 * by its month stands there as the month's first or last day ('2018-02' → 1 or 28 Feb): such a day is
 * shown as "Feb 2018" or "end of Feb 2018", never "1 Feb 2018", a precision the sources do not give.
 * `eventDates` are the events' dates as written; a day one of them names exactly is shown as the day.
 */
export function formatDay(
  day: string,
  eventDates: readonly string[] = [],
  locale: Locale = activeLocale
): string {
  if (eventDates.includes(day)) return formatDate(day, locale);
  for (const date of eventDates) {
    if (date.split('-').length === 3) continue;
    const [first, last] = isoDateSpan(date);
    if (first === day) return formatDate(date, locale);
    if (last === day) return end_of({ date: formatDate(date, locale) }, { locale });
  }
  return formatDate(day, locale);
}

/**
 * The manifest's subtitle without a trailing "as of <date>" (Spanish "al <date>"): the masthead shows the
 * chosen day beside it.
 */
export function plainSubtitle(subtitle: string): string {
  return subtitle.replace(/,?\s*(?:as of\b|al\s+\d).*$/i, '').trim() || subtitle;
}

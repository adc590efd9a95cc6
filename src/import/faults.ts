/**
 * Faults found in one imported feature, each kind said once with its first place and how many more there
 * are ("and 79,999 more like it"): a file of 80,000 broken positions gives one line, found in one pass. The
 * list carries the reader's locale, so every check that adds to it words its fault in that language.
 */
import type { Fault } from '../data/problems';
import type { Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount } from '../ui/format';

export class FaultList {
  private readonly byKind = new Map<string, { fault: Fault; more: number }>();

  constructor(readonly locale: Locale = 'en') {}

  add(kind: string, path: string, message: string): void {
    const seen = this.byKind.get(kind);
    if (seen) seen.more++;
    else this.byKind.set(kind, { fault: { path, message }, more: 0 });
  }

  get size(): number {
    return this.byKind.size;
  }

  list(): Fault[] {
    const locale = this.locale;
    return [...this.byKind.values()].map(({ fault, more }) =>
      more
        ? {
            ...fault,
            message: m.import_fault_more_like_it(
              { message: fault.message, count: formatCount(more, locale) },
              { locale }
            )
          }
        : fault
    );
  }
}

/** A value in a message: strings quoted, so "39.36" never reads as the number 39.36. */
export function shown(value: unknown, locale: Locale = 'en'): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return m.import_shown_string({ text: JSON.stringify(short) }, { locale });
  }
  if (value === null) return 'null';
  if (value === undefined) return m.import_shown_nothing({}, { locale });
  if (Array.isArray(value)) {
    const short = value.length <= 4 && value.every((item) => typeof item === 'number');
    return short
      ? `[${value.join(', ')}]`
      : m.import_shown_array({ count: formatCount(value.length, locale) }, { locale });
  }
  if (typeof value === 'object') return m.import_shown_object({}, { locale });
  // The value itself as the file wrote it; only the word for its kind translates.
  if (typeof value === 'number') return m.import_shown_number({ value: String(value) }, { locale });
  if (typeof value === 'boolean') return m.import_shown_boolean({ value: String(value) }, { locale });
  return `${typeof value} ${String(value)}`;
}

/** `; did you mean "Polygon"? (…)` when `given` differs from a known name only by case. */
export function caseHint(given: unknown, known: readonly string[], locale: Locale = 'en'): string {
  if (typeof given !== 'string') return '';
  const match = known.find((name) => name.toLowerCase() === given.toLowerCase());
  return match ? m.import_case_hint({ name: match }, { locale }) : '';
}

/** A `bbox` member, when there is one: an array of 2·n numbers, n ≥ 2 (RFC 7946 §5). */
export function checkBbox(owner: Record<string, unknown>, path: string, faults: FaultList): void {
  if (!('bbox' in owner)) return;
  const { locale } = faults;
  const bbox = owner['bbox'];
  const at = path ? `${path}.bbox` : 'bbox';
  if (!Array.isArray(bbox))
    return faults.add('bbox', at, m.import_fault_bbox_not_array({ value: shown(bbox, locale) }, { locale }));
  if (bbox.length < 4 || bbox.length % 2 !== 0)
    return faults.add(
      'bbox',
      at,
      m.import_fault_bbox_length({ count: formatCount(bbox.length, locale) }, { locale })
    );
  const index = bbox.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (index >= 0)
    faults.add(
      'bbox',
      `${at}[${index}]`,
      m.import_fault_not_number({ value: shown(bbox[index], locale) }, { locale })
    );
}

/**
 * Imported properties checked against the situation schema (src/data/schema.ts) before any part of the UI
 * reads them: a field the UI would read as a situation field (summary, status, dates, sources, …) is kept
 * only when it is well formed; otherwise it is moved to "<field> (as in the file)", a plain property the
 * context panel shows as text. Pure; run at import and again when a stored layer is restored.
 */
import { isoDateProblem, isRecord, urlProblem } from '../data/problems';
import { PRECISIONS, STATUSES } from '../data/schema';

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isDate = (value: unknown) => isoDateProblem(value) === null;

function isSource(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { title, publisher, date, url } = value;
  return (
    isText(title) && isText(publisher) && isDate(date) && (url === undefined || urlProblem(url) === null)
  );
}

function isQuote(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { text, speaker, context, status, source } = value;
  return (
    isText(text) &&
    isText(speaker) &&
    (context === undefined || isText(context)) &&
    (STATUSES as readonly unknown[]).includes(status) &&
    isSource(source)
  );
}

const isDatedEvent = (value: unknown) => isRecord(value) && isDate(value['date']) && isText(value['event']);
const listOf = (check: (item: unknown) => boolean) => (value: unknown) =>
  Array.isArray(value) && value.every(check);

/** Each situation field the UI reads, with what it must be. */
const FIELDS: Record<string, (value: unknown) => boolean> = {
  summary: isText,
  geometrySource: isText,
  status: (value) => (STATUSES as readonly unknown[]).includes(value),
  precision: (value) => (PRECISIONS as readonly unknown[]).includes(value),
  since: isDate,
  dates: listOf(isDatedEvent),
  sources: listOf(isSource),
  quotes: listOf(isQuote)
};

export const asInFile = (field: string) => `${field} (as in the file)`;

/** The properties with every ill-formed situation field moved aside; the same object when all are fine. */
export function untrustedProperties(properties: Record<string, unknown>): Record<string, unknown> {
  let result = properties;
  for (const [field, wellFormed] of Object.entries(FIELDS)) {
    if (!Object.hasOwn(properties, field) || wellFormed(properties[field])) continue;
    if (result === properties) result = { ...properties };
    result[asInFile(field)] = properties[field];
    delete result[field];
  }
  return result;
}

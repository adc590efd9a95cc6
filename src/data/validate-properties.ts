/**
 * The situation-property rules (schema.ts): what every feature in geodata/ must say about itself so that the
 * panel, the timeline and the permalink can rely on it. Messages name the property's JSON path.
 */
import { PRECISIONS, STATUSES } from './schema';
import {
  describe,
  isoDateProblem,
  isoDateSpan,
  isRecord,
  KEBAB_CASE,
  urlProblem,
  type Fault
} from './problems';

function text(value: unknown, path: string, required = true): Fault[] {
  if (value === undefined && !required) return [];
  if (value === undefined) return [{ path, message: 'is missing (a non-empty string is required)' }];
  if (typeof value !== 'string' || value.trim() === '')
    return [{ path, message: `must be a non-empty string, got ${describe(value)}` }];
  return [];
}

function date(value: unknown, path: string): Fault[] {
  if (value === undefined) return [{ path, message: 'is missing (an ISO 8601 date is required)' }];
  const problem = isoDateProblem(value);
  return problem ? [{ path, message: problem }] : [];
}

function list(value: unknown, path: string, item: (entry: unknown, path: string) => Fault[]): Fault[] {
  if (value === undefined) return [{ path, message: 'is missing (an array is required)' }];
  if (!Array.isArray(value)) return [{ path, message: `must be an array, got ${describe(value)}` }];
  return value.flatMap((entry, i) => item(entry, `${path}[${i}]`));
}

function object(value: unknown, path: string, fields: (record: Record<string, unknown>) => Fault[]): Fault[] {
  return isRecord(value) ? fields(value) : [{ path, message: `must be an object, got ${describe(value)}` }];
}

export function sourceFaults(value: unknown, path: string): Fault[] {
  return object(value, path, (source) => [
    ...text(source['title'], `${path}.title`),
    ...text(source['publisher'], `${path}.publisher`),
    ...date(source['date'], `${path}.date`),
    ...(source['url'] === undefined ? [] : urlFault(source['url'], `${path}.url`))
  ]);
}

function urlFault(value: unknown, path: string): Fault[] {
  const problem = urlProblem(value);
  return problem ? [{ path, message: problem }] : [];
}

function datedEventFaults(value: unknown, path: string): Fault[] {
  return object(value, path, (entry) => [
    ...date(entry['date'], `${path}.date`),
    ...text(entry['event'], `${path}.event`)
  ]);
}

/** One of `allowed`, required; `what` says what the field means, for the message. */
function oneOf(allowed: readonly string[], what: string) {
  return (value: unknown, path: string): Fault[] => {
    if (value === undefined) return [{ path, message: `is missing (${what}: one of ${allowed.join(', ')})` }];
    if (!(allowed as readonly unknown[]).includes(value))
      return [{ path, message: `${describe(value)} is not one of ${allowed.join(', ')} (${what})` }];
    return [];
  };
}

const claimFaults = oneOf(STATUSES, 'how sure the claim is');

/** The old `status: "approximate"` meant the geometry; say where it belongs now. */
function statusFaults(value: unknown, path: string): Fault[] {
  if (typeof value === 'string' && (PRECISIONS as readonly string[]).includes(value))
    return [
      {
        path,
        message: `"${value}" describes the geometry: put it in "precision" and give "status" one of ${STATUSES.join(', ')}`
      }
    ];
  return claimFaults(value, path);
}
const precisionFaults = oneOf(PRECISIONS, 'how exact the geometry is');

function quoteFaults(value: unknown, path: string): Fault[] {
  return object(value, path, (quote) => [
    ...text(quote['text'], `${path}.text`),
    // Quotes from unnamed people are not allowed: the speaker must be a name.
    ...text(quote['speaker'], `${path}.speaker`),
    ...text(quote['context'], `${path}.context`, false),
    ...text(quote['translation'], `${path}.translation`, false),
    ...statusFaults(quote['status'], `${path}.status`),
    ...(quote['source'] === undefined
      ? [{ path: `${path}.source`, message: 'is missing (every quote needs its source)' }]
      : sourceFaults(quote['source'], `${path}.source`))
  ]);
}

/** The timeline reads `dates` in order; a later entry may not lie wholly before the one above it. */
function orderFaults(dates: unknown, path: string): Fault[] {
  if (!Array.isArray(dates)) return [];
  const faults: Fault[] = [];
  for (let i = 1; i < dates.length; i++) {
    const before: unknown = (dates[i - 1] as { date?: unknown } | null)?.date;
    const after: unknown = (dates[i] as { date?: unknown } | null)?.date;
    if (isoDateProblem(before) || isoDateProblem(after)) continue;
    if (isoDateSpan(after as string)[1] < isoDateSpan(before as string)[0])
      faults.push({
        path: `${path}[${i}].date`,
        message: `${after} comes after ${before}; list dates oldest first`
      });
  }
  return faults;
}

/** Faults of one feature's situation properties (`path` is e.g. `features[3].properties`). */
export function situationPropertyFaults(properties: unknown, path: string): Fault[] {
  if (!isRecord(properties))
    return [
      { path, message: `must be an object with the situation properties, got ${describe(properties)}` }
    ];
  const id = properties['id'];
  const status = properties['status'];
  const faults: Fault[] = [...text(id, `${path}.id`)];
  if (typeof id === 'string' && id.trim() !== '' && !KEBAB_CASE.test(id))
    faults.push({ path: `${path}.id`, message: `${describe(id)} is not kebab-case (e.g. "la-orchila")` });
  faults.push(...text(properties['name'], `${path}.name`), ...text(properties['summary'], `${path}.summary`));
  faults.push(
    ...statusFaults(status, `${path}.status`),
    ...precisionFaults(properties['precision'], `${path}.precision`),
    ...date(properties['since'], `${path}.since`),
    ...list(properties['dates'], `${path}.dates`, datedEventFaults),
    ...orderFaults(properties['dates'], `${path}.dates`),
    ...list(properties['sources'], `${path}.sources`, sourceFaults),
    ...text(properties['geometrySource'], `${path}.geometrySource`)
  );
  if (Array.isArray(properties['sources']) && properties['sources'].length === 0)
    faults.push({ path: `${path}.sources`, message: 'is empty; every feature needs at least one source' });
  const onLand = properties['onLand'];
  if (onLand !== undefined && typeof onLand !== 'boolean')
    faults.push({ path: `${path}.onLand`, message: `must be true or false, got ${describe(onLand)}` });
  if (properties['quotes'] !== undefined)
    faults.push(...list(properties['quotes'], `${path}.quotes`, quoteFaults));
  return faults;
}

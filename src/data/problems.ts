/**
 * What the validator reports: one problem per fault, each naming its file, feature and JSON path, so a person
 * can find it without reading the validator. Also the small value checks that several rule sets share.
 */
export interface Problem {
  /** File name inside geodata/ (or the imported file's name). */
  file: string;
  /** JSON path inside the file, e.g. `features[0].geometry.coordinates`; empty for the whole file. */
  path: string;
  message: string;
  /** The feature's id when it has one, else its index, so the message names the feature either way. */
  feature?: { index: number; id?: string };
}

/** A fault found by one rule set, before the file and feature are attached; `path` is the full JSON path. */
export interface Fault {
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const { file, path, message, feature } = problem;
  const where = path ? ` at ${path}` : '';
  if (!feature) return path ? `${file}: at ${path}: ${message}` : `${file}: ${message}`;
  const who =
    feature.id === undefined
      ? `feature without id (features[${feature.index}])`
      : `feature ${JSON.stringify(feature.id)} (features[${feature.index}])`;
  return `${file}: ${who}${where}: ${message}`;
}

/** A short description of any value for messages: never throws, never prints a huge structure. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    const short =
      value.length <= 4 && value.every((item) => typeof item === 'number' || typeof item === 'string');
    return short ? JSON.stringify(value).replaceAll(',', ', ') : `an array of ${value.length}`;
  }
  if (typeof value === 'string')
    return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function errorText(error: unknown): string {
  // A DOMException's message may be empty; its name (e.g. NotReadableError) still says something.
  return error instanceof Error ? error.message || error.name : String(error);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a value is not an ISO 8601 calendar date (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is one. */
export function isoDateProblem(value: unknown): string | null {
  if (typeof value !== 'string')
    return `must be an ISO 8601 date string (YYYY-MM-DD), got ${describe(value)}`;
  const match = ISO_DATE.exec(value);
  if (!match) return `${describe(value)} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return `${describe(value)} is not a real date`;
  return null;
}

/** First and last day a (possibly partial) ISO date can mean, as YYYY-MM-DD strings that sort correctly. */
export function isoDateSpan(value: string): [string, string] {
  const [year, month, day] = value.split('-');
  if (day !== undefined) return [value, value];
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${value}-01`, `${value}-${String(last).padStart(2, '0')}`];
  }
  return [`${value}-01-01`, `${value}-12-31`];
}

/** Why a value is not a safe link (http or https only), or null. */
export function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be a URL string, got ${describe(value)}`;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return `${describe(value)} is not a valid URL`;
  }
  return protocol === 'http:' || protocol === 'https:' ? null : `must be an http(s) URL, not ${protocol}`;
}

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Faults found in one imported feature, each kind said once with its first place and how many more there
 * are ("and 79,999 more like it"): a file of 80,000 broken positions gives one line, found in one pass.
 */
import type { Fault } from '../data/problems';

export class FaultList {
  private readonly byKind = new Map<string, { fault: Fault; more: number }>();

  add(kind: string, path: string, message: string): void {
    const seen = this.byKind.get(kind);
    if (seen) seen.more++;
    else this.byKind.set(kind, { fault: { path, message }, more: 0 });
  }

  get size(): number {
    return this.byKind.size;
  }

  list(): Fault[] {
    return [...this.byKind.values()].map(({ fault, more }) =>
      more ? { ...fault, message: `${fault.message} (and ${more.toLocaleString('en')} more like it)` } : fault
    );
  }
}

/** A value in a message: strings quoted, so "39.36" never reads as the number 39.36. */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return `the string ${JSON.stringify(short)}`;
  }
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    const short = value.length <= 4 && value.every((item) => typeof item === 'number');
    return short ? `[${value.join(', ')}]` : `an array of ${value.length}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** ` (names are case-sensitive: "Polygon")` when `given` differs from a known name only by case. */
export function caseHint(given: unknown, known: readonly string[]): string {
  if (typeof given !== 'string') return '';
  const match = known.find((name) => name.toLowerCase() === given.toLowerCase());
  return match ? `; did you mean "${match}"? (type names are case-sensitive)` : '';
}

/** A `bbox` member, when there is one: an array of 2·n numbers, n ≥ 2 (RFC 7946 §5). */
export function checkBbox(owner: Record<string, unknown>, path: string, faults: FaultList): void {
  if (!('bbox' in owner)) return;
  const bbox = owner['bbox'];
  const at = path ? `${path}.bbox` : 'bbox';
  if (!Array.isArray(bbox))
    return faults.add('bbox', at, `"bbox" must be an array of numbers, got ${shown(bbox)}`);
  if (bbox.length < 4 || bbox.length % 2 !== 0)
    return faults.add(
      'bbox',
      at,
      `"bbox" must hold 4 numbers (2D) or 6 (3D), got ${bbox.length.toLocaleString('en')}`
    );
  const index = bbox.findIndex((n) => typeof n !== 'number' || !Number.isFinite(n));
  if (index >= 0) faults.add('bbox', `${at}[${index}]`, `must be a number, got ${shown(bbox[index])}`);
}

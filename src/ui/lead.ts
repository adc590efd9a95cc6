/**
 * The context panel's first line: what the feature is and how sure the story is of it, in plain words,
 * before any detail. The status words come from the schema's explanations, so they never drift apart.
 */
import { STATUS_EXPLANATIONS, type LayerKind } from '../data/schema';

const WHAT: Record<LayerKind, string> = { point: 'A place', line: 'A route', fill: 'An area' };

export function leadLine(kind: LayerKind, status: unknown): string {
  const what = WHAT[kind] ?? 'A feature';
  const explanations = STATUS_EXPLANATIONS as Record<string, string>;
  if (typeof status !== 'string' || !Object.hasOwn(explanations, status))
    return `${what}; how sure the story is of it is not said.`;
  // "Reported: stated by…" → "stated by…": the status badge beside the line already names the status.
  const sure = explanations[status]!.replace(/^[^:]*:\s*/, '');
  return `${what} — ${sure}`;
}

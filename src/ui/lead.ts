/**
 * The context panel's first line: what the feature is and how sure the story is of it, in plain words,
 * before any detail. The status words are the badges' explanations, so they never drift apart.
 */
import { STATUSES, type LayerKind, type Status } from '../data/schema';
import { statusExplanation } from '../i18n/certainty';
import * as m from '../i18n/paraglide/messages.js';

const WHAT: Record<LayerKind, () => string> = { point: m.lead_point, line: m.lead_line, fill: m.lead_fill };

export function leadLine(kind: LayerKind, status: unknown): string {
  const what = (Object.hasOwn(WHAT, kind) ? WHAT[kind] : m.lead_other)();
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status))
    return m.lead_unsure({ what });
  // "Reported: stated by…" → "stated by…": the status badge beside the line already names the status.
  const sure = statusExplanation(status as Status).replace(/^[^:]*:\s*/, '');
  return `${what} — ${sure}`;
}

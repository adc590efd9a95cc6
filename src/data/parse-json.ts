/**
 * JSON parsing that reports where a file is broken instead of throwing. `npm run validate` reads its
 * English; an import passes the reader's locale.
 */
import * as m from '../i18n/paraglide/messages.js';
import { describe, errorText, type Problem } from './problems';
import type { Locale } from './schema';

/** Where JSON.parse gave up, as line and column; engines word the error differently, so only the place is kept. */
function jsonErrorPlace(text: string, error: unknown, locale: Locale): string {
  const message = errorText(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const offset =
    position !== undefined ? Number(position) : /end of/i.test(message) ? text.length : undefined;
  if (offset === undefined) return m.import_json_syntax({}, { locale });
  const before = text.slice(0, offset).split('\n');
  // Line and column as plain digits, as editors show them.
  const where = { line: String(before.length), column: String((before.at(-1)?.length ?? 0) + 1) };
  return offset >= text.length
    ? m.import_json_end(where, { locale })
    : m.import_json_syntax_at(where, { locale });
}

/** Parses a file's text as JSON, or returns the problem naming the file and the place. */
export function parseJson(
  file: string,
  text: unknown,
  locale: Locale = 'en'
): { value?: unknown; problems: Problem[] } {
  if (typeof text !== 'string')
    return {
      problems: [{ file, path: '', message: m.import_not_text({ value: describe(text) }, { locale }) }]
    };
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    const place = jsonErrorPlace(text, error, locale);
    return { problems: [{ file, path: '', message: m.import_not_json({ place }, { locale }) }] };
  }
}

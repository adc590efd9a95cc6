/** JSON parsing that reports where a file is broken instead of throwing. */
import { describe, errorText, type Problem } from './problems';

/** Where JSON.parse gave up, as line and column; engines word the error differently, so only the place is kept. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = errorText(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const offset =
    position !== undefined ? Number(position) : /end of/i.test(message) ? text.length : undefined;
  if (offset === undefined) return 'syntax error';
  const before = text.slice(0, offset).split('\n');
  const where = `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
  return offset >= text.length ? `unexpected end of the file (${where})` : `syntax error at ${where}`;
}

/** Parses a file's text as JSON, or returns the problem naming the file and the place. */
export function parseJson(file: string, text: unknown): { value?: unknown; problems: Problem[] } {
  if (typeof text !== 'string')
    return { problems: [{ file, path: '', message: `is not text (got ${describe(text)})` }] };
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    return { problems: [{ file, path: '', message: `is not valid JSON: ${jsonErrorPlace(text, error)}` }] };
  }
}

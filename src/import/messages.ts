/**
 * The words an import speaks: problems listed with their place in the user's own file (at most
 * MAX_LISTED, then how many more), and progress as a short line. Problems are worded in the worker, so
 * their locale is passed in; progress runs on the page, in the page's locale.
 */
import type { Problem } from '../data/problems';
import type { Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount, formatDecimal } from '../ui/format';
import type { Wrapped } from './normalise';

export const MAX_LISTED = 20;

/** Paths as in the user's file: a wrapped Feature has no `features[0].`, a bare geometry no `.geometry.` either. */
function unwrapPath(path: string, wrapped: Wrapped): string {
  if (wrapped === 'feature') return path.replace(/^features\[0\]\.?/, '');
  if (wrapped === 'geometry') return path.replace(/^features\[0\]\.geometry\.?/, '');
  return path;
}

/** `file: at features[3].geometry (feature "x"): message`: the path names the feature, the id helps find it. */
export function formatImportProblem(problem: Problem, wrapped: Wrapped, locale: Locale = 'en'): string {
  const { file, message } = problem;
  const place = unwrapPath(problem.path, wrapped) || m.import_top_level({}, { locale });
  const id = problem.feature?.id;
  return id !== undefined && wrapped === 'collection'
    ? m.import_problem_at_feature({ file, place, id: JSON.stringify(id), message }, { locale })
    : m.import_problem_at({ file, place, message }, { locale });
}

/** At most MAX_LISTED lines, then "and N more" (`atLeast` when the validator stopped counting). */
export function listProblems(
  problems: readonly Problem[],
  wrapped: Wrapped,
  atLeast = false,
  locale: Locale = 'en'
): string[] {
  const lines = problems.slice(0, MAX_LISTED).map((problem) => formatImportProblem(problem, wrapped, locale));
  const rest = problems.length - MAX_LISTED;
  if (rest > 0 || (atLeast && problems.length >= MAX_LISTED)) {
    const more = atLeast
      ? rest === 1
        ? m.import_more_at_least_one
        : m.import_more_at_least_other
      : rest === 1
        ? m.import_more_one
        : m.import_more_other;
    lines.push(more({ count: formatCount(Math.max(rest, 0), locale) }, { locale }));
  }
  return lines;
}

export type ImportStage = 'reading' | 'parsing' | 'validating' | 'preparing' | 'drawing';

export interface ImportProgress {
  stage: ImportStage;
  done?: number;
  total?: number;
}

const mb = (bytes: number) => formatDecimal(bytes / 1024 / 1024);

/** The page's words for a stage (it runs on the page, in the reader's language). */
export function formatProgress(name: string, progress: ImportProgress): string {
  const { stage, done, total } = progress;
  switch (stage) {
    case 'reading':
      return done !== undefined && total
        ? m.progress_reading_of({ name, done: mb(done), total: mb(total) })
        : m.progress_reading({ name });
    case 'parsing':
      return m.progress_parsing({ name });
    case 'validating':
      return done !== undefined && total !== undefined
        ? m.progress_validating_of({ name, done: formatCount(done), total: formatCount(total) })
        : m.progress_validating({ name });
    case 'preparing':
      return m.progress_preparing({ name });
    case 'drawing':
      return m.progress_drawing({ name });
  }
}

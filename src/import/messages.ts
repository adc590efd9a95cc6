/**
 * The words an import speaks: problems listed with their place in the user's own file (at most
 * MAX_LISTED, then how many more), and progress as a short line.
 */
import type { Problem } from '../data/problems';
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
export function formatImportProblem(problem: Problem, wrapped: Wrapped): string {
  const path = unwrapPath(problem.path, wrapped);
  const id = problem.feature?.id;
  const who = id !== undefined && wrapped === 'collection' ? ` (feature ${JSON.stringify(id)})` : '';
  return `${problem.file}: at ${path || 'the top level'}${who}: ${problem.message}`;
}

/** At most MAX_LISTED lines, then "and N more" (`atLeast` when the validator stopped counting). */
export function listProblems(problems: readonly Problem[], wrapped: Wrapped, atLeast = false): string[] {
  const lines = problems.slice(0, MAX_LISTED).map((problem) => formatImportProblem(problem, wrapped));
  const rest = problems.length - MAX_LISTED;
  if (rest > 0 || (atLeast && problems.length >= MAX_LISTED))
    lines.push(
      `…and ${atLeast ? 'at least ' : ''}${Math.max(rest, 0)} more ${rest === 1 ? 'problem' : 'problems'}`
    );
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

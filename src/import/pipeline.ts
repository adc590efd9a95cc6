/**
 * An imported file from text to layers: limits, JSON, GeoJSON shape, the shared validator (user mode), then
 * ids, names and one layer per geometry kind. Pure, so Node tests run it; the worker runs it in the browser.
 */
import { parseJson } from '../data/parse-json';
import type { Problem } from '../data/problems';
import * as m from '../i18n/paraglide/messages.js';
import { formatCount } from '../ui/format';
import {
  coordinatesProblem,
  countPositions,
  depthProblem,
  IMPORT_LIMITS,
  NestingScanner,
  type ImportLimits
} from './limits';
import { listProblems, type ImportProgress } from './messages';
import { toFeatureCollection } from './normalise';
import { splitIntoLayers, type ImportedLayer, type SplitOptions } from './prepare';
import { repairNotes } from './repair';
import { validateImport } from './validate-import';

export interface ImportOptions extends SplitOptions {
  limits?: ImportLimits;
  /** Import the features that are fine and list the others, instead of refusing the file. */
  skipInvalid?: boolean;
}

export type ImportResult =
  | { ok: true; layers: ImportedLayer[]; notes: string[] }
  /** `drawable`: features that are fine and have a geometry, when some others are not (a partial import). */
  | { ok: false; messages: string[]; drawable?: number };

export type ProgressCallback = (progress: ImportProgress) => void;

const refuse = (file: string, message: string): ImportResult => ({
  ok: false,
  messages: [`${file}: ${message}`]
});

/** From parsed JSON to layers (the worker has checked size and nesting while reading). */
export function importValue(
  value: unknown,
  options: ImportOptions,
  onProgress: ProgressCallback = () => {}
): ImportResult {
  const file = options.fileName;
  const limits = options.limits ?? IMPORT_LIMITS;
  const locale = options.locale ?? 'en';
  const normalised = toFeatureCollection(value, locale);
  if ('problem' in normalised) return refuse(file, normalised.problem);
  const { collection, wrapped } = normalised;
  const features = collection.features;
  if (Array.isArray(features) && features.length === 0)
    return refuse(file, m.import_no_features({}, { locale }));
  if (Array.isArray(features) && countPositions(features, limits.maxCoordinates) > limits.maxCoordinates)
    return refuse(file, coordinatesProblem(limits, locale));
  const total = Array.isArray(features) ? features.length : 0;
  onProgress({ stage: 'validating', done: 0, total });
  const validation = validateImport(
    collection,
    file,
    (done) => onProgress({ stage: 'validating', done, total }),
    undefined,
    locale
  );
  const listed = listProblems(validation.problems, wrapped, validation.truncated, locale);
  const drawable = validation.good.filter(({ feature }) => feature.geometry).length;
  if (validation.fatal) return { ok: false, messages: listed };
  const notes: string[] = [];
  const { bad } = validation;
  if (bad) {
    if (!options.skipInvalid || !drawable) {
      if (!drawable) return { ok: false, messages: listed };
      const rest =
        drawable === 1
          ? bad === 1
            ? m.import_rest_one_one
            : m.import_rest_one_other
          : bad === 1
            ? m.import_rest_other_one
            : m.import_rest_other_other;
      const counts = { count: formatCount(drawable, locale), bad: formatCount(bad, locale) };
      return { ok: false, messages: [...listed, rest({ file, ...counts }, { locale })], drawable };
    }
    const leftOut = bad === 1 ? m.import_left_out_one : m.import_left_out_other;
    notes.push(leftOut({ file, count: formatCount(bad, locale) }, { locale }), ...listed);
  }
  onProgress({ stage: 'preparing' });
  const good = validation.good.map(({ feature }) => feature);
  const { layers, omitted } = splitIntoLayers(good, options);
  if (!layers.length) return refuse(file, m.import_nothing_to_draw({}, { locale }));
  if (omitted) {
    const noGeometry = omitted === 1 ? m.import_no_geometry_one : m.import_no_geometry_other;
    notes.push(noGeometry({ file, count: formatCount(omitted, locale) }, { locale }));
  }
  notes.push(...repairNotes(file, validation.repairs, locale));
  return { ok: true, layers, notes };
}

/** From the file's text: nesting checked in one pass before JSON.parse, then `importValue`. */
export function importText(
  text: string,
  options: ImportOptions,
  onProgress: ProgressCallback = () => {}
): ImportResult {
  const limits = options.limits ?? IMPORT_LIMITS;
  const scanner = new NestingScanner(limits.maxDepth);
  if (!scanner.feed(text))
    return refuse(options.fileName, depthProblem(scanner.tooDeepAt ?? 0, limits, options.locale));
  return importParsed(parseJson(options.fileName, text, options.locale), options, onProgress);
}

/** After `parseJson`: its problem ("is not valid JSON: … line, column") or the layers. */
export function importParsed(
  parsed: { value?: unknown; problems: Problem[] },
  options: ImportOptions,
  onProgress: ProgressCallback = () => {}
): ImportResult {
  const [problem] = parsed.problems;
  if (problem) return refuse(options.fileName, problem.message);
  return importValue(parsed.value, options, onProgress);
}

/**
 * An imported file from text to layers: limits, JSON, GeoJSON shape, the shared validator (user mode), then
 * ids, names and one layer per geometry kind. Pure, so Node tests run it; the worker runs it in the browser.
 */
import { parseJson } from '../data/parse-json';
import type { Problem } from '../data/problems';
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

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** From parsed JSON to layers (the worker has checked size and nesting while reading). */
export function importValue(
  value: unknown,
  options: ImportOptions,
  onProgress: ProgressCallback = () => {}
): ImportResult {
  const file = options.fileName;
  const limits = options.limits ?? IMPORT_LIMITS;
  const normalised = toFeatureCollection(value);
  if ('problem' in normalised) return refuse(file, normalised.problem);
  const { collection, wrapped } = normalised;
  const features = collection.features;
  if (Array.isArray(features) && features.length === 0)
    return refuse(file, 'contains no features; there is nothing to add to the map');
  if (Array.isArray(features) && countPositions(features, limits.maxCoordinates) > limits.maxCoordinates)
    return refuse(file, coordinatesProblem(limits));
  const total = Array.isArray(features) ? features.length : 0;
  onProgress({ stage: 'validating', done: 0, total });
  const validation = validateImport(collection, file, (done) =>
    onProgress({ stage: 'validating', done, total })
  );
  const listed = listProblems(validation.problems, wrapped, validation.truncated);
  const drawable = validation.good.filter(({ feature }) => feature.geometry).length;
  if (validation.fatal) return { ok: false, messages: listed };
  const notes: string[] = [];
  if (validation.bad) {
    if (!options.skipInvalid || !drawable) {
      if (!drawable) return { ok: false, messages: listed };
      const rest = `${file}: the other ${drawable === 1 ? 'feature' : count(drawable, 'feature')} can be imported without ${validation.bad === 1 ? 'this one' : `these ${count(validation.bad, 'feature')}`}.`;
      return { ok: false, messages: [...listed, rest], drawable };
    }
    notes.push(`${file}: ${count(validation.bad, 'feature')} left out for these faults:`, ...listed);
  }
  onProgress({ stage: 'preparing' });
  const good = validation.good.map(({ feature }) => feature);
  const { layers, omitted } = splitIntoLayers(good, options);
  if (!layers.length) return refuse(file, 'has no feature with a geometry; there is nothing to draw');
  if (omitted)
    notes.push(
      `${file}: ${omitted} ${omitted === 1 ? 'feature has' : 'features have'} no geometry and ${omitted === 1 ? 'was' : 'were'} left out.`
    );
  notes.push(...repairNotes(file, validation.repairs));
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
  if (!scanner.feed(text)) return refuse(options.fileName, depthProblem(scanner.tooDeepAt ?? 0, limits));
  return importParsed(parseJson(options.fileName, text), options, onProgress);
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

/**
 * An imported file from text to layers: limits, JSON, GeoJSON shape, the shared validator (user mode), then
 * ids, names and one layer per geometry kind. Pure, so Node tests run it; the worker runs it in the browser.
 */
import type { Feature } from 'geojson';
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
import { validateImport } from './validate-import';

export interface ImportOptions extends SplitOptions {
  limits?: ImportLimits;
}

export type ImportResult =
  { ok: true; layers: ImportedLayer[]; notes: string[] } | { ok: false; messages: string[] };

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
  if (validation.problems.length)
    return { ok: false, messages: listProblems(validation.problems, wrapped, validation.truncated) };
  onProgress({ stage: 'preparing' });
  const { layers, omitted } = splitIntoLayers(features as Feature[], options);
  if (!layers.length) return refuse(file, 'has no feature with a geometry; there is nothing to draw');
  const notes: string[] = [];
  if (omitted)
    notes.push(
      `${file}: ${omitted} ${omitted === 1 ? 'feature has' : 'features have'} no geometry and ${omitted === 1 ? 'was' : 'were'} left out.`
    );
  if (validation.kinksSkipped)
    notes.push(
      `${file}: ${validation.kinksSkipped} large polygons were not checked for self-intersections (it would take too long).`
    );
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

/**
 * The situation data's validator, shared by the CLI (scripts/validate.ts), the tests and, later, the browser
 * (for files a user imports). Pure and browser-safe: callers do the I/O. It never throws — any input, however
 * broken, comes back as a list of problems, each naming file, feature and JSON path.
 */
import { errorText, isRecord, type Problem } from './problems';
import { parseJson } from './parse-json';
import { validateFeatureCollection } from './validate-collection';
import type { FeatureRules } from './validate-feature';
import { manifestFaults } from './validate-manifest';
import type { LandIndex } from './validate-on-land';
import {
  featureTranslationFindings,
  manifestTranslationFindings,
  sharedEventFaults
} from './validate-translations';

export { formatProblem, type Problem } from './problems';
export { parseJson } from './parse-json';
export { validateFeatureCollection, validateGeojsonText } from './validate-collection';
export type { FeatureRules } from './validate-feature';
export { landIndex, type LandIndex } from './validate-on-land';
export { TRANSLATIONS_REQUIRED } from './validate-translations';

export interface GeodataReport {
  problems: Problem[];
  /** Texts still missing a translation (see validate-translations.ts); also in `problems` when required. */
  untranslated: Problem[];
  layers: number;
  features: number;
}

/**
 * Validates a whole geodata directory from its files' texts (name → text). Never throws. `land` (the
 * basemap's, see landIndex) is needed when a layer or feature declares lines on land; with
 * `requireTranslations`, a text without its translation is a problem, not just listed in `untranslated`.
 */
export function validateGeodata(
  files: Map<string, string>,
  options: { land?: LandIndex; requireTranslations?: boolean } = {}
): GeodataReport {
  const report: GeodataReport = { problems: [], untranslated: [], layers: 0, features: 0 };
  try {
    checkGeodata(files, options, report);
  } catch (error) {
    report.problems.push({
      file: 'manifest.json',
      path: '',
      message: `could not be checked (${errorText(error)})`
    });
  }
  if (options.requireTranslations) report.problems.push(...report.untranslated);
  return report;
}

function checkGeodata(
  files: Map<string, string>,
  options: { land?: LandIndex },
  report: GeodataReport
): void {
  const manifestText = files.get('manifest.json');
  if (manifestText === undefined) {
    report.problems.push({ file: 'manifest.json', path: '', message: 'is missing; it lists the layers' });
    return;
  }
  const parsed = parseJson('manifest.json', manifestText);
  report.problems.push(...parsed.problems);
  if (parsed.problems.length > 0) return;
  const { faults, facts } = manifestFaults(parsed.value);
  report.problems.push(...faults.map((fault) => ({ file: 'manifest.json', ...fault })));
  const translations = manifestTranslationFindings(parsed.value);
  report.problems.push(...translations.faults.map((fault) => ({ file: 'manifest.json', ...fault })));
  report.untranslated.push(...translations.gaps.map((gap) => ({ file: 'manifest.json', ...gap })));
  const listed = new Set(facts.layers.map((layer) => layer.file));
  for (const name of [...files.keys()].sort())
    if (name.endsWith('.geojson') && !listed.has(name))
      report.problems.push({
        file: name,
        path: '',
        message: 'is not listed in manifest.json; add a layer entry or remove it'
      });
  const seenIds = new Map<string, string>();
  const seenEvents = new Map<string, { text: string; where: string }>();
  for (const layer of facts.layers) {
    const text = files.get(layer.file);
    if (text === undefined) {
      report.problems.push({
        file: 'manifest.json',
        path: `layers[${layer.index}].file`,
        message: `"${layer.file}" does not exist`
      });
      continue;
    }
    report.layers += 1;
    const layerParsed = parseJson(layer.file, text);
    const value = layerParsed.value;
    const rules: FeatureRules = {
      file: layer.file,
      mode: 'situation',
      seenIds,
      ...(facts.region && { region: facts.region }),
      ...(layer.kind && { kind: layer.kind }),
      ...(layer.onLand && { onLand: true }),
      ...(options.land && { land: options.land })
    };
    report.problems.push(
      ...layerParsed.problems,
      ...(layerParsed.problems.length ? [] : validateFeatureCollection(value, rules))
    );
    const features = isRecord(value) && Array.isArray(value['features']) ? value['features'] : undefined;
    if (features?.length === 0)
      report.problems.push({
        file: layer.file,
        path: 'features',
        message: 'is empty; a layer needs at least one feature'
      });
    report.features += features?.length ?? 0;
    if (features && layerParsed.problems.length === 0)
      translationProblems(layer.file, features, seenEvents, report);
  }
}

/** The translation rule for each feature of one layer file (the feature rules above check the rest). */
function translationProblems(
  file: string,
  features: unknown[],
  seenEvents: Map<string, { text: string; where: string }>,
  report: GeodataReport
): void {
  features.forEach((feature, index) => {
    if (!isRecord(feature)) return;
    const properties = feature['properties'];
    const { faults, gaps } = featureTranslationFindings(properties, `features[${index}].properties`);
    const id = isRecord(properties) ? properties['id'] : undefined;
    const where = { index, ...(typeof id === 'string' && id !== '' ? { id } : {}) };
    const path = `features[${index}].properties`;
    faults.push(...sharedEventFaults(properties, path, `${file} features[${index}]`, seenEvents));
    report.problems.push(...faults.map((fault) => ({ file, feature: where, ...fault })));
    report.untranslated.push(...gaps.map((gap) => ({ file, feature: where, ...gap })));
  });
}

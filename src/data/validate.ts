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

export { formatProblem, type Problem } from './problems';
export { parseJson } from './parse-json';
export { validateFeatureCollection, validateGeojsonText } from './validate-collection';
export type { FeatureRules } from './validate-feature';
export { landIndex, type LandIndex } from './validate-on-land';

export interface GeodataReport {
  problems: Problem[];
  layers: number;
  features: number;
}

/**
 * Validates a whole geodata directory from its files' texts (name → text). Never throws. `land` (the
 * basemap's, see landIndex) is needed when a layer or feature declares lines on land.
 */
export function validateGeodata(
  files: Map<string, string>,
  options: { land?: LandIndex } = {}
): GeodataReport {
  const report: GeodataReport = { problems: [], layers: 0, features: 0 };
  try {
    const manifestText = files.get('manifest.json');
    if (manifestText === undefined) {
      report.problems.push({ file: 'manifest.json', path: '', message: 'is missing; it lists the layers' });
      return report;
    }
    const parsed = parseJson('manifest.json', manifestText);
    report.problems.push(...parsed.problems);
    if (parsed.problems.length > 0) return report;
    const { faults, facts } = manifestFaults(parsed.value);
    report.problems.push(...faults.map((fault) => ({ file: 'manifest.json', ...fault })));
    const listed = new Set(facts.layers.map((layer) => layer.file));
    for (const name of [...files.keys()].sort())
      if (name.endsWith('.geojson') && !listed.has(name))
        report.problems.push({
          file: name,
          path: '',
          message: 'is not listed in manifest.json; add a layer entry or remove it'
        });
    const seenIds = new Map<string, string>();
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
    }
  } catch (error) {
    report.problems.push({
      file: 'manifest.json',
      path: '',
      message: `could not be checked (${errorText(error)})`
    });
  }
  return report;
}

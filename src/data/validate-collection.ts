/**
 * A FeatureCollection's rules: the collection itself (through geojson-validation), then every feature, ids
 * unique within the file and, when the caller shares `seenIds`, across files.
 */
import { describe, errorText, isRecord, type Problem } from './problems';
import { parseJson } from './parse-json';
import { featureFaults, featureId, type FeatureRules } from './validate-feature';
import gjv from 'geojson-validation';

/** A single file's report is cut short here; after that many, the rest are noise. */
const MAX_PROBLEMS_PER_FILE = 100;

function collectionProblems(value: unknown, rules: FeatureRules): Problem[] {
  const { file } = rules;
  const situation = rules.mode !== 'user';
  if (!isRecord(value))
    return [{ file, path: '', message: `is not a GeoJSON FeatureCollection (got ${describe(value)})` }];
  // geojson-validation's collection-level messages only; features are checked one by one below.
  const shell = Array.isArray(value['features']) ? { ...value, features: [] } : value;
  const top = gjv.isFeatureCollection(shell, true);
  const problems: Problem[] = top.map((message) => {
    if (message.startsWith('type'))
      return { file, path: 'type', message: `must be "FeatureCollection", got ${describe(value['type'])}` };
    if (message.startsWith('bbox')) return { file, path: 'bbox', message };
    return { file, path: 'features', message: message.replace('"Features"', '"features"') };
  });
  const features = value['features'];
  if (!Array.isArray(features) || value['type'] !== 'FeatureCollection') return problems;
  const localIds = new Map<string, string>();
  for (const [index, feature] of features.entries()) {
    if (problems.length > MAX_PROBLEMS_PER_FILE) break;
    const path = `features[${index}]`;
    const id = featureId(feature, situation);
    const where = { index, ...(id === undefined ? {} : { id }) };
    if (!isRecord(feature)) {
      problems.push({
        file,
        path,
        feature: where,
        message: `must be a GeoJSON Feature object, got ${describe(feature)}`
      });
      continue;
    }
    for (const fault of featureFaults(feature, path, rules))
      problems.push({ file, feature: where, ...fault });
    if (situation && id !== undefined) {
      const earlier = localIds.get(id) ?? rules.seenIds?.get(id);
      if (earlier)
        problems.push({
          file,
          feature: where,
          path: `${path}.properties.id`,
          message: `"${id}" is already used by ${earlier}`
        });
      else localIds.set(id, `${file} ${path}`);
    }
  }
  for (const [id, place] of localIds) rules.seenIds?.set(id, place);
  if (problems.length > MAX_PROBLEMS_PER_FILE) {
    problems.length = MAX_PROBLEMS_PER_FILE;
    problems.push({
      file,
      path: '',
      message: `stopped after ${MAX_PROBLEMS_PER_FILE} problems; fix these first`
    });
  }
  return problems;
}

/** Validates one parsed FeatureCollection. Never throws. */
export function validateFeatureCollection(value: unknown, rules: FeatureRules): Problem[] {
  try {
    return collectionProblems(value, rules);
  } catch (error) {
    // A bug of ours, or input no JSON parser makes (cycles, getters): still an answer, not a crash.
    return [
      {
        file: rules.file,
        path: '',
        message: `could not be checked (${errorText(error)})`
      }
    ];
  }
}

/** Parses and validates one GeoJSON file's text (e.g. a file a user drops on the map). Never throws. */
export function validateGeojsonText(text: unknown, rules: FeatureRules): Problem[] {
  const parsed = parseJson(rules.file, text);
  return parsed.problems.length > 0 ? parsed.problems : validateFeatureCollection(parsed.value, rules);
}

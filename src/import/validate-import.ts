/**
 * An imported collection checked feature by feature in one linear pass (RFC 7946 MUSTs, not the geodata/
 * rules of src/data, which stay strict: those files are ours to fix). A feature that breaks a MUST is set
 * aside with its faults; the others come back repaired (./repair.ts), so the caller may import the good
 * ones. Chunked so the worker can report "validating n of N".
 */
import type { Feature, Geometry } from 'geojson';
import { isRecord, type Problem } from '../data/problems';
import type { Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { checkGeometry } from './check-geometry';
import { caseHint, checkBbox, FaultList, shown } from './faults';
import { hasPositions, noRepairs, repairGeometry, type KinksBudget, type Repairs } from './repair';

/** Segment pairs the self-intersection check may compare per file: about two seconds of work. */
const KINKS_BUDGET = 4e8;
const CHUNK = 5000;
export const MAX_PROBLEMS = 100;

export interface ImportValidation {
  /** Faults of the collection itself (nothing can be imported) or of single features (set aside). */
  problems: Problem[];
  /** The validator stopped at MAX_PROBLEMS; there may be more. */
  truncated: boolean;
  /** The features without faults, repaired, with their index in the file. */
  good: { feature: Feature; index: number }[];
  /** How many features have faults. */
  bad: number;
  /** The collection itself is broken: no feature can be taken. */
  fatal: boolean;
  repairs: Repairs;
}

function featureId(feature: Record<string, unknown>): string | undefined {
  const properties = feature['properties'];
  const id = isRecord(properties) ? properties['id'] : undefined;
  const chosen = typeof id === 'string' && id !== '' ? id : feature['id'];
  return typeof chosen === 'string' || typeof chosen === 'number' ? String(chosen) : undefined;
}

/** One feature: its faults, or the feature (geometry checked and repaired). */
function checkFeature(value: unknown, path: string, repairs: Repairs, budget: KinksBudget, locale: Locale) {
  const faults = new FaultList(locale);
  const options = { locale };
  if (!isRecord(value)) {
    faults.add('feature', path, m.import_fault_feature({ value: shown(value, locale) }, options));
    return { faults };
  }
  const type = value['type'];
  if (!('type' in value)) faults.add('type', path, m.import_fault_feature_type_missing({}, options));
  else if (type !== 'Feature') {
    const hint = caseHint(type, ['Feature'], locale);
    faults.add(
      'type',
      `${path}.type`,
      m.import_fault_not_feature({ value: shown(type, locale), hint }, options)
    );
  }
  const id = value['id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number')
    faults.add('id', `${path}.id`, m.import_fault_id({ value: shown(id, locale) }, options));
  const properties = value['properties'];
  if (!('properties' in value))
    faults.add('properties', path, m.import_fault_properties_missing({}, options));
  else if (properties !== null && !isRecord(properties))
    faults.add(
      'properties',
      `${path}.properties`,
      m.import_fault_properties({ value: shown(properties, locale) }, options)
    );
  checkBbox(value, path, faults);
  let geometry: Geometry | null = null;
  if (!('geometry' in value)) faults.add('geometry', path, m.import_fault_geometry_missing({}, options));
  else if (value['geometry'] !== null)
    geometry = checkGeometry(value['geometry'], `${path}.geometry`, faults);
  if (faults.size) return { faults };
  const feature: Feature = {
    type: 'Feature',
    properties: (properties as Record<string, unknown> | null) ?? {},
    // Empty coordinates are read as no geometry (RFC 7946 §3.1): nothing to draw, said as such.
    geometry: geometry && hasPositions(geometry) ? repairGeometry(geometry, repairs, budget) : null
  } as Feature;
  if (typeof id === 'string' || typeof id === 'number') feature.id = id;
  return { faults, feature };
}

function collectionFaults(collection: Record<string, unknown>, locale: Locale): FaultList {
  const faults = new FaultList(locale);
  checkBbox(collection, '', faults);
  if (!('features' in collection))
    faults.add('features', '', m.import_fault_features_missing({}, { locale }));
  else if (!Array.isArray(collection['features']))
    faults.add(
      'features',
      'features',
      m.import_fault_features({ value: shown(collection['features'], locale) }, { locale })
    );
  return faults;
}

export function validateImport(
  collection: Record<string, unknown>,
  file: string,
  onProgress: (done: number, total: number) => void = () => {},
  kinksBudget = KINKS_BUDGET,
  locale: Locale = 'en'
): ImportValidation {
  const result: ImportValidation = {
    problems: [],
    truncated: false,
    good: [],
    bad: 0,
    fatal: false,
    repairs: noRepairs()
  };
  const top = collectionFaults(collection, locale);
  if (top.size) {
    result.problems = top.list().map((fault) => ({ file, ...fault }));
    result.fatal = true;
    return result;
  }
  const features = collection['features'] as unknown[];
  const budget = { left: kinksBudget };
  for (let index = 0; index < features.length; index++) {
    const path = `features[${index}]`;
    const value = features[index];
    const { faults, feature } = checkFeature(value, path, result.repairs, budget, locale);
    if (feature) result.good.push({ feature, index });
    else {
      result.bad++;
      if (result.problems.length < MAX_PROBLEMS) {
        const id = isRecord(value) ? featureId(value) : undefined;
        const where = { index, ...(id === undefined ? {} : { id }) };
        for (const fault of faults.list()) result.problems.push({ file, feature: where, ...fault });
      } else result.truncated = true;
    }
    if ((index + 1) % CHUNK === 0) onProgress(index + 1, features.length);
  }
  onProgress(features.length, features.length);
  return result;
}

/**
 * A layer record read back from IndexedDB, checked before it is used: storage can be damaged (truncated
 * JSON, a null, a record without its entry) or written by an older version. A record that fails is
 * reported with its reason and set aside; the others load. Pure, for Node tests.
 */
import type { FeatureCollection } from 'geojson';
import { errorText, isRecord } from '../data/problems';
import { LAYER_KINDS, type LayerEntry, type Locale } from '../data/schema';
import * as m from '../i18n/paraglide/messages.js';
import { validateImport } from './validate-import';

export interface DamagedLayer {
  id: string;
  /** The layer's title when the record still has one, else its id. */
  title: string;
  problem: string;
}

function entryProblem(entry: unknown, id: string, locale: Locale): string | null {
  const options = { locale };
  if (!isRecord(entry)) return m.import_stored_no_entry({}, options);
  if (entry['id'] !== id) return m.import_stored_other_entry({}, options);
  if (typeof entry['title'] !== 'string' || typeof entry['file'] !== 'string')
    return m.import_stored_no_title({}, options);
  if (!(LAYER_KINDS as readonly unknown[]).includes(entry['kind']))
    return m.import_stored_unknown_kind({}, options);
  if (!isRecord(entry['style']) || typeof entry['style']['color'] !== 'string')
    return m.import_stored_no_style({}, options);
  return null;
}

/** The record's entry, if it is a usable one, or why not. */
export function checkStoredEntry(
  record: unknown,
  locale: Locale = 'en'
): { entry: LayerEntry } | DamagedLayer {
  const id = isRecord(record) && typeof record['id'] === 'string' ? record['id'] : '(unknown)';
  const entry = isRecord(record) ? record['entry'] : undefined;
  const title = isRecord(entry) && typeof entry['title'] === 'string' ? entry['title'] : id;
  const notObject = record === null ? m.import_stored_null : m.import_stored_not_object;
  const problem = isRecord(record) ? entryProblem(entry, id, locale) : notObject({}, { locale });
  return problem ? { id, title, problem } : { entry: entry as unknown as LayerEntry };
}

/** The stored GeoJSON text as a collection the map can draw, or why it cannot be. */
export function parseStoredData(
  text: string,
  locale: Locale = 'en'
): FeatureCollection | { problem: string } {
  const damaged = (reason: string) => ({ problem: m.import_stored_damaged({ reason }, { locale }) });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return damaged(errorText(error));
  }
  if (!isRecord(value) || value['type'] !== 'FeatureCollection' || !Array.isArray(value['features']))
    return { problem: m.import_stored_not_collection({}, { locale }) };
  const [first] = validateImport(value, 'stored', undefined, undefined, locale).problems;
  if (first) return damaged(`${first.path}: ${first.message}`);
  return value as unknown as FeatureCollection;
}

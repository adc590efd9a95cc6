/**
 * A layer record read back from IndexedDB, checked before it is used: storage can be damaged (truncated
 * JSON, a null, a record without its entry) or written by an older version. A record that fails is
 * reported with its reason and set aside; the others load. Pure, for Node tests.
 */
import type { FeatureCollection } from 'geojson';
import { errorText, isRecord } from '../data/problems';
import { LAYER_KINDS, type LayerEntry } from '../data/schema';
import { validateImport } from './validate-import';

export interface DamagedLayer {
  id: string;
  /** The layer's title when the record still has one, else its id. */
  title: string;
  problem: string;
}

function entryProblem(entry: unknown, id: string): string | null {
  if (!isRecord(entry)) return 'its description (title, colour, kind) is missing';
  if (entry['id'] !== id) return 'its description belongs to another layer';
  if (typeof entry['title'] !== 'string' || typeof entry['file'] !== 'string') return 'it has no title';
  if (!(LAYER_KINDS as readonly unknown[]).includes(entry['kind'])) return 'its layer kind is unknown';
  if (!isRecord(entry['style']) || typeof entry['style']['color'] !== 'string') return 'its style is missing';
  return null;
}

/** The record's entry, if it is a usable one, or why not. */
export function checkStoredEntry(record: unknown): { entry: LayerEntry } | DamagedLayer {
  const id = isRecord(record) && typeof record['id'] === 'string' ? record['id'] : '(unknown)';
  const entry = isRecord(record) ? record['entry'] : undefined;
  const title = isRecord(entry) && typeof entry['title'] === 'string' ? entry['title'] : id;
  const problem = isRecord(record)
    ? entryProblem(entry, id)
    : `the record is ${record === null ? 'null' : 'not an object'}`;
  return problem ? { id, title, problem } : { entry: entry as unknown as LayerEntry };
}

/** The stored GeoJSON text as a collection the map can draw, or why it cannot be. */
export function parseStoredData(text: string): FeatureCollection | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `its data is damaged (${errorText(error)})` };
  }
  if (!isRecord(value) || value['type'] !== 'FeatureCollection' || !Array.isArray(value['features']))
    return { problem: 'its data is not a FeatureCollection' };
  const checked = validateImport(value, 'stored');
  if (checked.problems.length)
    return { problem: `its data is damaged (${checked.problems[0]!.path}: ${checked.problems[0]!.message})` };
  return value as unknown as FeatureCollection;
}

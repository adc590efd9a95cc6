/// <reference lib="webworker" />
/**
 * The import worker (protocol: ./protocol.ts), one per page, started by the first import or by imported
 * layers to restore. It reads, parses and validates an imported file off the main thread (size checked
 * before reading, nesting before JSON.parse, so a hostile file is refused before JSON.parse sees it), then
 * holds each layer it made and cuts its vector tiles on request (./tiles.ts). It also keeps the layers in
 * IndexedDB and gives them back on the next visit.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerEntry, Locale } from '../data/schema';
import { errorText, isRecord } from '../data/problems';
import { untrustedProperties } from './untrusted';
import { parseJson } from '../data/parse-json';
import { depthProblem, IMPORT_LIMITS, NestingScanner, sizeProblem } from './limits';
import type { ImportProgress } from './messages';
import { importParsed, type ImportResult } from './pipeline';
import { identifyFeature, randomTag } from './prepare';
import type { Requests, RequestType, WorkerReply, WorkerRequest } from './protocol';
import { deleteLayer, loadLayers, saveLayers } from './store';
import { checkStoredEntry, parseStoredData } from './stored';
import { LayerTiles } from './tiles';
import { parseTileUrl } from '../map/importedTiles';
import * as m from '../i18n/paraglide/messages.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

interface HeldLayer {
  entry: LayerEntry;
  tiles: LayerTiles;
  /** The full data (made on first use), until the page has it. */
  data?: () => FeatureCollection;
  /** The full data as JSON, until it is kept in IndexedDB. */
  unsaved?: string;
  /** Where it goes among the imported layers (IndexedDB keeps them in this order). */
  order: number;
}

/** The imported layers the page has, by layer id. */
const held = new Map<string, HeldLayer>();

/** Holds a layer and starts its tiles; `imported` when it is new (its data still to go to the page). */
function hold(
  entry: LayerEntry,
  data: () => FeatureCollection,
  day: string | null,
  order: number,
  imported: boolean,
  hasSince?: boolean
) {
  const tiles = new LayerTiles(entry, data, day, hasSince);
  held.set(entry.id, { entry, tiles, order, ...(imported && { data }) });
  // Indexed once the answer naming the layer has gone: the page adds it to the map meanwhile.
  setTimeout(() => tiles.prepare(), 0);
  return { entry, tileVersion: tiles.version, dated: tiles.dated };
}

function layer(id: string): HeldLayer {
  const found = held.get(id);
  if (!found) throw new Error(`no imported layer "${id}"`);
  return found;
}

/** At most one progress message per 100 ms, and always the first of a stage. */
function progressReporter(id: number) {
  let lastPost = 0;
  let lastStage = '';
  return (update: ImportProgress) => {
    const now = performance.now();
    if (update.stage === lastStage && now - lastPost < 100) return;
    lastPost = now;
    lastStage = update.stage;
    post({ id, type: 'progress', progress: update });
  };
}

/**
 * The file's text, or why it is refused: too big (before reading) or nested too deep (checked in one pass
 * before JSON.parse, whose recursion a hostile file could exhaust).
 */
async function readText(
  file: Blob,
  fileName: string,
  locale: Locale,
  progress: (update: ImportProgress) => void
): Promise<string | ImportResult> {
  const refuse = (message: string): ImportResult => ({ ok: false, messages: [`${fileName}: ${message}`] });
  const tooBig = sizeProblem(file.size, IMPORT_LIMITS, locale);
  if (tooBig) return refuse(tooBig);
  // At once rather than streamed: the browser decodes a whole file several times faster than chunk by chunk.
  const text = await file.text();
  progress({ stage: 'reading', done: file.size, total: file.size });
  const scanner = new NestingScanner(IMPORT_LIMITS.maxDepth);
  if (!scanner.feed(text)) return refuse(depthProblem(scanner.tooDeepAt ?? 0, IMPORT_LIMITS, locale));
  return text;
}

/**
 * Reads, checks and splits the file. The page gets the layers first; their tiles are cut right after,
 * while the page takes them in.
 */
async function importFile(id: number, params: Requests['import']['params']) {
  const { file, fileName, firstNumber, takenIds, day, skipInvalid, locale } = params;
  const progress = progressReporter(id);
  progress({ stage: 'reading', done: 0, total: file.size });
  const text = await readText(file, fileName, locale, progress);
  if (typeof text !== 'string') return text;
  progress({ stage: 'parsing' });
  const result = importParsed(
    parseJson(fileName, text, locale),
    { fileName, firstNumber, takenIds, skipInvalid: skipInvalid ?? false, tag: randomTag(), locale },
    progress
  );
  if (!result.ok) return result;
  const order = Date.now();
  // The layers' features are identified after this answer, while the page puts the layers on the map.
  const layers = result.layers.map((layer, i) =>
    hold(layer.entry, () => layer.data, day, order + i, true, layer.hasSince)
  );
  return { ok: true as const, layers, notes: result.notes };
}

/** Lets the messages already waiting (MapLibre's first tile requests) go first. */
const afterWaitingMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The full data of layers just imported, as JSON kept for IndexedDB too (`save`). */
async function data({ layerIds }: Requests['data']['params']) {
  await afterWaitingMessages();
  return layerIds.map((layerId) => {
    const found = layer(layerId);
    if (!found.data) throw new Error(`the data of "${layerId}" was already sent`);
    const json = JSON.stringify(found.data());
    delete found.data;
    found.unsaved = json;
    return json;
  });
}

/** IndexedDB keeps each layer as one JSON Blob, not as 100,000 objects to clone one by one. */
async function save({ layerIds }: Requests['save']['params']) {
  const records = [];
  for (const layerId of layerIds) {
    const found = held.get(layerId);
    if (found?.unsaved === undefined) continue;
    const geojson = new Blob([found.unsaved], { type: 'application/geo+json' });
    records.push({ id: layerId, order: found.order, entry: found.entry, geojson });
  }
  try {
    await saveLayers(records);
  } catch (error) {
    return errorText(error);
  } finally {
    for (const record of records) delete held.get(record.id)?.unsaved;
  }
  return null;
}

/** Ids made unique again: the situation data may have gained an id since the layer was stored. */
function reidentify(entry: LayerEntry, data: FeatureCollection, taken: Set<string>, locale: Locale) {
  let changed = false;
  const features = data.features.map((feature: Feature, index) => {
    const properties = feature.properties;
    const id = properties?.['id'];
    // Kept by an older version, or damaged: checked again before any UI reads a field.
    const clean = isRecord(properties) && untrustedProperties(properties) === properties;
    if (clean && typeof id === 'string' && !taken.has(id)) {
      taken.add(id);
      return feature;
    }
    changed = true;
    return identifyFeature(feature, entry.id, index, taken, locale);
  });
  return { data: { ...data, features }, changed };
}

/** Every stored layer that can be read; the others are named with what is wrong, for the page to offer Remove. */
async function restore({ skip, takenIds, day, locale }: Requests['restore']['params']) {
  const stored = (await loadLayers()).filter((record) => !skip.includes(String(record?.id)));
  const taken = new Set(takenIds);
  const answer: Requests['restore']['answer'] = { layers: [], damaged: [] };
  for (const record of stored) {
    const checked = checkStoredEntry(record, locale);
    if (!('entry' in checked)) {
      answer.damaged.push(checked);
      continue;
    }
    const { entry } = checked;
    const damaged = (problem: string) => answer.damaged.push({ id: entry.id, title: entry.title, problem });
    if (!(record.geojson instanceof Blob)) {
      damaged(m.import_stored_missing({}, { locale }));
      continue;
    }
    try {
      const text = await record.geojson.text();
      const parsed = parseStoredData(text, locale);
      if ('problem' in parsed) {
        damaged(parsed.problem);
        continue;
      }
      const { data, changed } = reidentify(entry, parsed, taken, locale);
      const json = changed ? JSON.stringify(data) : text;
      answer.layers.push({ ...hold(entry, () => data, day, Number(record.order) || 0, false), json });
    } catch (error) {
      damaged(errorText(error));
    }
  }
  return answer;
}

async function remove({ layerId }: Requests['remove']['params']) {
  held.delete(layerId);
  await deleteLayer(layerId);
  return null;
}

function tile({ url }: Requests['tile']['params']) {
  const request = parseTileUrl(url);
  if (!request) throw new Error(`${url} is not an imported layer's tile`);
  const { layerId, z, x, y } = request;
  const bytes = layer(layerId).tiles.tile(z, x, y);
  return bytes && bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** Serves tiles to MapLibre's worker on this page's channel (./maplibre-worker-tiles.js). */
function listen({ channel }: Requests['listen']['params']) {
  const broadcast = new BroadcastChannel(channel);
  broadcast.onmessage = (event: MessageEvent<{ id: string; url: string }>) => {
    const { id, url } = event.data;
    try {
      broadcast.postMessage({ id, tile: tile({ url }) });
    } catch (error) {
      broadcast.postMessage({ id, error: errorText(error) });
    }
  };
  return null;
}

const handlers: { [T in RequestType]: (params: Requests[T]['params'], id: number) => unknown } = {
  import: (params, id) => importFile(id, params),
  data,
  save,
  restore,
  remove,
  listen,
  tile,
  day: ({ layerId, day }) => {
    const { tiles } = layer(layerId);
    tiles.setDay(day);
    return tiles.version;
  },
  clusterZoom: ({ layerId, clusterId }) => layer(layerId).tiles.clusterExpansionZoom(clusterId)
};

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, type, params } = event.data;
  try {
    const handler = handlers[type] as (params: unknown, id: number) => unknown;
    const value = await handler(params, id);
    post({ id, type: 'done', value }, value instanceof ArrayBuffer ? [value] : []);
  } catch (error) {
    post({ id, type: 'failed', message: errorText(error) });
  }
};

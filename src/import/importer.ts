/**
 * Imported layers in the app's state: added to `situation` exactly like the situation layers (a loaded
 * LayerLoad, a layer id, visible), so the layer panel, legend, place list and clicks work unchanged; the map
 * draws them from the import worker's tiles (`tiles`). Kept in IndexedDB until removed. Loaded on demand:
 * only people who import need it.
 */
import type { LayerLoad, TileSource } from '../data/load';
import type { SituationCollection } from '../data/schema';
import { tileUrl } from '../map/importedTiles';
import { sourcesDrawn } from '../map/drawn';
import { parsePermalink } from '../state/permalink';
import type { Situation } from '../state/situation.svelte';
import { errorText } from '../data/problems';
import { locale } from '../i18n/active';
import * as m from '../i18n/paraglide/messages.js';
import { ask, mapLibreFetchesTiles, tileChannel } from './client';
import { sizeProblem } from './limits';
import type { ImportProgress } from './messages';
import { nextImportNumber } from './prepare';
import type { LayerJson, TiledLayer } from './protocol';
import { storedLayerIds } from './store';
import type { DamagedLayer } from './stored';

export type ImportOutcome =
  | {
      ok: true;
      titles: string[];
      notes: string[];
      /** Settles once the layers are kept for the next visit: null, or what went wrong. */
      saved: Promise<string | null>;
    }
  /** `drawable`: how many features are fine, when the file could be imported without its bad ones. */
  | { ok: false; messages: string[]; drawable?: number };

/** Layers drawn but still being written to IndexedDB: a removal waits for that, or the layer would come back. */
const saving = new Map<string, Promise<unknown>>();

function tileSource({ entry, tileVersion, dated }: TiledLayer): TileSource {
  const layerId = entry.id;
  let version = tileVersion;
  return {
    url: tileUrl(tileChannel, layerId, version),
    async forDay(day) {
      if (dated) version = await ask('day', { layerId, day });
      return tileUrl(tileChannel, layerId, version);
    },
    clusterExpansionZoom: (clusterId) => ask('clusterZoom', { layerId, clusterId })
  };
}

const NO_FEATURES: SituationCollection = { type: 'FeatureCollection', features: [] };

/** Adds layers on top, shown unless `hidden`; without `json`, their features come later (`fillIn`). */
function addLayers(
  situation: Situation,
  layers: readonly (TiledLayer & { json?: LayerJson })[],
  hidden: ReadonlySet<string> = new Set()
) {
  const loads: LayerLoad[] = layers.map((layer) => ({
    status: 'loaded',
    entry: layer.entry,
    data: layer.json === undefined ? NO_FEATURES : (JSON.parse(layer.json) as SituationCollection),
    tiles: tileSource(layer),
    ...(layer.json === undefined && { pending: true })
  }));
  situation.loads = [...situation.loads, ...loads];
  situation.layerIds = [...situation.layerIds, ...layers.map((layer) => layer.entry.id)];
  for (const { entry } of layers) if (!hidden.has(entry.id)) situation.setLayer(entry.id, true);
}

/** Gives layers added without their features their features (unless removed meanwhile). */
function fillIn(situation: Situation, layerIds: readonly string[], jsons: readonly LayerJson[]) {
  const data = new Map(layerIds.map((id, i) => [id, JSON.parse(jsons[i]!) as SituationCollection]));
  situation.loads = situation.loads.map((load) => {
    const features = data.get(load.entry.id);
    return features && load.status === 'loaded' ? { ...load, data: features, pending: false } : load;
  });
}

/**
 * Imports one file. The layers go on the map as soon as the worker can cut their tiles; their features
 * (for the layer panel, place list and context) arrive while the map draws, and then the outcome is told.
 */
export async function importFile(
  situation: Situation,
  file: File,
  onProgress: (progress: ImportProgress) => void,
  skipInvalid = false
): Promise<ImportOutcome> {
  const name = file.name;
  const tooBig = sizeProblem(file.size, undefined, locale);
  if (tooBig) return { ok: false, messages: [`${name}: ${tooBig}`] };
  const failed = (error: unknown) => ({
    ok: false as const,
    messages: [m.import_worker_failed({ name, error: errorText(error) }, { locale })]
  });
  let result;
  try {
    result = await ask(
      'import',
      {
        file,
        fileName: name,
        firstNumber: nextImportNumber(situation.layerIds),
        takenIds: [...situation.index.keys()],
        day: situation.day,
        skipInvalid,
        locale
      },
      onProgress
    );
  } catch (error) {
    return failed(error);
  }
  if (!result.ok) return result;
  onProgress({ stage: 'drawing' });
  await mapLibreFetchesTiles;
  addLayers(situation, result.layers);
  const layerIds = result.layers.map((layer) => layer.entry.id);
  // The map first: the features can wait until it has drawn the layer (see src/map/drawn.ts).
  await sourcesDrawn(layerIds);
  try {
    fillIn(situation, layerIds, await ask('data', { layerIds }));
  } catch (error) {
    for (const id of layerIds) await removeImportedLayer(situation, id);
    return failed(error);
  }
  const saved = ask('save', { layerIds }).then(
    (problem) => problem && m.import_saved_problem({ name, problem }, { locale }),
    (error: unknown) => m.import_save_failed({ name, error: errorText(error) }, { locale })
  );
  for (const id of layerIds) {
    saving.set(id, saved);
    void saved.finally(() => saving.delete(id));
  }
  return { ok: true, titles: result.layers.map((layer) => layer.entry.title), notes: result.notes, saved };
}

export async function removeImportedLayer(situation: Situation, id: string): Promise<void> {
  situation.setLayer(id, false); // also drops a selection in that layer
  if (situation.hoveredId && situation.index.get(situation.hoveredId)?.entry.id === id)
    situation.hoveredId = null;
  situation.loads = situation.loads.filter((load) => load.entry.id !== id);
  situation.layerIds = situation.layerIds.filter((layerId) => layerId !== id);
  await saving.get(id);
  await ask('remove', { layerId: id });
}

/**
 * Puts the stored layers back, after the situation layers, and answers with the records that could not be. `startHash` is the URL hash the page opened with
 * (the app rewrites it before the imports are back): its `layers` and `feature` apply to them too. The
 * worker starts only when there is something to put back.
 */
export async function restoreImportedLayers(
  situation: Situation,
  startHash: string
): Promise<DamagedLayer[]> {
  const skip = [...situation.layerIds];
  if (!(await storedLayerIds()).some((id) => !skip.includes(id))) return [];
  const { layers, damaged } = await ask('restore', {
    skip,
    takenIds: [...situation.index.keys()],
    day: situation.day,
    locale
  });
  if (!layers.length) return damaged;
  const link = parsePermalink(startHash, { layerIds: new Set(layers.map((layer) => layer.entry.id)) });
  const hidden = new Set(
    link.layers ? layers.map((layer) => layer.entry.id).filter((id) => !link.layers!.includes(id)) : []
  );
  await mapLibreFetchesTiles;
  addLayers(situation, layers, hidden);
  if (link.feature && !situation.selectedId) situation.select(link.feature);
  return damaged;
}

/** Deletes a stored record that could not be restored. */
export async function removeDamagedLayer(id: string): Promise<void> {
  await ask('remove', { layerId: id });
}

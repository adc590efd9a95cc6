/**
 * Imported layers in the app's state: added to `situation` exactly like the situation layers (a loaded
 * LayerLoad, a layer id, visible), so the layer panel, legend, place list and clicks work unchanged; kept
 * in IndexedDB (./store.ts) until removed. Loaded on demand: only people who import need it.
 */
import type { Feature } from 'geojson';
import type { LayerLoad } from '../data/load';
import type { SituationCollection } from '../data/schema';
import { parsePermalink } from '../state/permalink';
import type { Situation } from '../state/situation.svelte';
import { importInWorker } from './client';
import { sizeProblem } from './limits';
import type { ImportProgress } from './messages';
import { identifyFeature, nextImportNumber, type ImportedLayer } from './prepare';
import { deleteLayer, loadLayers } from './store';

export type ImportOutcome =
  | {
      ok: true;
      titles: string[];
      notes: string[];
      /** Settles once the layers are kept for the next visit: null, or what went wrong. */
      saved: Promise<string | null>;
    }
  | { ok: false; messages: string[] };

/** Layers drawn but still being written to IndexedDB: a removal waits for that, or the layer would come back. */
const saving = new Map<string, Promise<unknown>>();

/** Adds layers on top, shown unless `hidden`. */
function addLayers(
  situation: Situation,
  layers: readonly ImportedLayer[],
  hidden: ReadonlySet<string> = new Set()
) {
  const loads: LayerLoad[] = layers.map(({ entry, data }) => ({
    status: 'loaded',
    entry,
    data: data as SituationCollection
  }));
  situation.loads = [...situation.loads, ...loads];
  situation.layerIds = [...situation.layerIds, ...layers.map((layer) => layer.entry.id)];
  for (const { entry } of layers) if (!hidden.has(entry.id)) situation.setLayer(entry.id, true);
}

export async function importFile(
  situation: Situation,
  file: File,
  onProgress: (progress: ImportProgress) => void
): Promise<ImportOutcome> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, messages: [`${file.name}: ${tooBig}`] };
  const { result, saved } = await importInWorker(
    {
      file,
      fileName: file.name,
      firstNumber: nextImportNumber(situation.layerIds),
      takenIds: [...situation.index.keys()]
    },
    onProgress
  );
  if (!result.ok) return result;
  onProgress({ stage: 'drawing' });
  addLayers(situation, result.layers);
  for (const { entry } of result.layers) {
    saving.set(entry.id, saved);
    void saved.finally(() => saving.delete(entry.id));
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
  await deleteLayer(id);
}

/** Ids made unique again: the situation data may have gained an id since the layer was stored. */
function reidentify(layer: ImportedLayer, taken: Set<string>): ImportedLayer {
  const features = layer.data.features.map((feature: Feature, index) => {
    const id = feature.properties?.['id'];
    if (typeof id === 'string' && !taken.has(id)) {
      taken.add(id);
      return feature;
    }
    return identifyFeature(feature, layer.entry.id, index, taken);
  });
  return { entry: layer.entry, data: { ...layer.data, features } };
}

/**
 * Puts the stored layers back, after the situation layers. `startHash` is the URL hash the page opened with
 * (the app rewrites it before the imports are back): its `layers` and `feature` apply to them too.
 */
export async function restoreImportedLayers(situation: Situation, startHash: string): Promise<void> {
  const stored = (await loadLayers()).filter((record) => !situation.layerIds.includes(record.id));
  if (!stored.length) return;
  const taken = new Set(situation.index.keys());
  const layers: ImportedLayer[] = [];
  for (const { entry, geojson } of stored) {
    if (!(geojson instanceof Blob)) continue; // kept by an older version of the app
    const data = JSON.parse(await geojson.text()) as ImportedLayer['data'];
    layers.push(reidentify({ entry, data }, taken));
  }
  const link = parsePermalink(startHash, { layerIds: new Set(layers.map((layer) => layer.entry.id)) });
  const hidden = new Set(
    link.layers ? layers.map((layer) => layer.entry.id).filter((id) => !link.layers!.includes(id)) : []
  );
  addLayers(situation, layers, hidden);
  if (link.feature && !situation.selectedId) situation.select(link.feature);
}

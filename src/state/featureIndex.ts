/**
 * Every loaded feature by id, for clicks, hover, the context panel and permalinks. Built per layer and only
 * when first asked: a layer of 100,000 imported points costs its index when someone looks into it (a hover,
 * a click), not while it is being drawn. A layer's index is kept for as long as the layer is loaded.
 */
import type { Feature } from 'geojson';
import type { LayerEntry, SituationCollection } from '../data/schema';
import { featureAreaKm2 } from '../geometry/anchor';

export interface IndexedFeature {
  id: string;
  name: string;
  feature: Feature;
  entry: LayerEntry;
  /** For choosing the most specific of overlapping features. */
  areaKm2: number;
}

export interface IndexedLayer {
  entry: LayerEntry;
  data: SituationCollection;
}

/** Layer → its features by id, built on first use; gone with the layer. */
const layerIndexes = new WeakMap<IndexedLayer, Map<string, IndexedFeature>>();

function layerIndex(layer: IndexedLayer): Map<string, IndexedFeature> {
  let index = layerIndexes.get(layer);
  if (!index) {
    index = new Map();
    for (const feature of layer.data.features) {
      const id = String(feature.properties.id);
      index.set(id, {
        id,
        name: String(feature.properties.name ?? id),
        feature,
        entry: layer.entry,
        areaKm2: featureAreaKm2(feature)
      });
    }
    layerIndexes.set(layer, index);
  }
  return index;
}

/** The features of these layers; ids are unique across them (the validator and the importer see to it). */
export class FeatureIndex {
  constructor(private readonly layers: readonly IndexedLayer[]) {}

  get(id: string): IndexedFeature | undefined {
    for (const layer of this.layers) {
      const found = layerIndex(layer).get(id);
      if (found) return found;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *keys(): IterableIterator<string> {
    for (const layer of this.layers) yield* layerIndex(layer).keys();
  }
}

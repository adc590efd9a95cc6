/**
 * The UI's state of the situation: which layers loaded, which are visible, what is selected or
 * hovered. Components read and change it; the map and the URL follow it.
 */
import type { Feature } from 'geojson';
import { SvelteSet } from 'svelte/reactivity';
import type { LayerLoad } from '../data/load';
import type { LayerEntry } from '../data/schema';
import { featureAreaKm2 } from '../geometry/anchor';

export interface IndexedFeature {
  id: string;
  name: string;
  feature: Feature;
  entry: LayerEntry;
  /** For choosing the most specific of overlapping features. */
  areaKm2: number;
}

export class Situation {
  loads: LayerLoad[] = $state.raw([]);
  readonly visible = new SvelteSet<string>();
  selectedId: string | null = $state(null);
  hoveredId: string | null = $state(null);
  /** Other features under the pointer when the selection was made by a click. */
  alsoHere: string[] = $state.raw([]);

  readonly loaded = $derived(this.loads.filter((load) => load.status === 'loaded'));
  readonly failures = $derived(this.loads.filter((load) => load.status === 'failed'));

  readonly index: ReadonlyMap<string, IndexedFeature> = $derived.by(() => {
    const index = new Map<string, IndexedFeature>();
    for (const load of this.loaded)
      for (const feature of load.data.features) {
        const id = String(feature.properties.id);
        index.set(id, {
          id,
          name: String(feature.properties.name ?? id),
          feature,
          entry: load.entry,
          areaKm2: featureAreaKm2(feature)
        });
      }
    return index;
  });

  readonly selected = $derived(this.selectedId ? this.index.get(this.selectedId) : undefined);

  /** Every layer the map knows, loaded or not, bottom to top. */
  layerIds: string[] = $state([]);

  constructor(layerIds: readonly string[], defaultLayers: readonly string[]) {
    this.layerIds = [...layerIds];
    for (const id of defaultLayers) this.visible.add(id);
  }

  setLayer(id: string, visible: boolean) {
    if (visible) this.visible.add(id);
    else this.visible.delete(id);
    // A hidden feature cannot stay selected: the panel would describe something the map no longer shows.
    if (!visible && this.selected?.entry.id === id) this.select(null);
  }

  setAllLayers(visible: boolean) {
    for (const id of this.layerIds) this.setLayer(id, visible);
  }

  showOnly(ids: readonly string[]) {
    for (const id of this.layerIds) this.setLayer(id, ids.includes(id));
  }

  select(id: string | null, alsoHere: string[] = []) {
    this.selectedId = id && this.index.has(id) ? id : null;
    this.alsoHere = this.selectedId ? alsoHere.filter((other) => other !== id) : [];
    if (this.selected && !this.visible.has(this.selected.entry.id)) this.visible.add(this.selected.entry.id);
  }
}

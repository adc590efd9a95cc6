/**
 * A MapLibre source owned by a component, added and removed in step with the layers beside it (the
 * components ./GeoJsonSource.svelte and ./TileSource.svelte). Added in a microtask, as svelte-maplibre-gl's
 * own sources are, so that it goes in before the layers beside it, whose microtasks come later; removed in
 * a microtask after the component is destroyed, once those layers have left in the same pass (MapLibre
 * refuses to remove a source in use). svelte-maplibre-gl's sources remove theirs at once, hence this.
 * Call it while the component is being set up.
 */
import type { SourceSpecification } from 'maplibre-gl';
import { onDestroy, untrack } from 'svelte';
import { getMapContext } from 'svelte-maplibre-gl';

export interface OwnedSource {
  /** True once the source is on the map (reactive). */
  readonly added: boolean;
  /** True once the component is gone. */
  readonly destroyed: boolean;
}

export function ownSource(id: string, spec: () => SourceSpecification): OwnedSource {
  const mapContext = getMapContext();
  const state = $state({ added: false });
  let destroyed = false;
  queueMicrotask(() => {
    if (destroyed) return;
    mapContext.addSource(id, untrack(spec));
    state.added = true;
  });
  onDestroy(() => {
    destroyed = true;
    queueMicrotask(() => mapContext.removeSource(id));
  });
  return {
    get added() {
      return state.added;
    },
    get destroyed() {
      return destroyed;
    }
  };
}

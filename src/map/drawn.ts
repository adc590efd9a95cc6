/**
 * When the map has drawn some sources. The importer waits for it before the page takes in a big import's
 * features (parsing them, filling the place list), work that would otherwise hold up the map's own first
 * frames of the layer: on a software renderer, with 100,000 points, by about a second.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type DrawingMap = Pick<MapLibreMap, 'on' | 'off' | 'loaded' | 'getSource' | 'isSourceLoaded'>;

let current: DrawingMap | undefined;

/** The page's map, once it exists (src/map/SituationMap.svelte); none without WebGL. */
export function trackMap(map: DrawingMap | undefined): void {
  current = map;
}

/**
 * Resolves at the first idle frame with every one of `sourceIds` on the map and loaded, or after
 * `timeoutMs` (a hidden layer is never drawn), or at once when there is no map.
 */
export function sourcesDrawn(sourceIds: readonly string[], timeoutMs = 10_000, map = current): Promise<void> {
  if (!map) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', check);
      resolve();
    };
    const check = () => {
      if (map.loaded() && sourceIds.every((id) => map.getSource(id) && map.isSourceLoaded(id))) done();
    };
    const timer = setTimeout(done, timeoutMs);
    map.on('idle', check);
  });
}

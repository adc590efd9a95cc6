/**
 * Whether the map has settled after the data came in: its first idle once it has loaded and the layers are
 * there. The attribution waits for it (app.css): growing with each layer's credit, and folding on a phone
 * once the map has loaded, it used to move the page.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function mapSettled(getMap: () => MapLibreMap | undefined, dataIn: () => boolean) {
  let settled = $state(false);
  $effect(() => {
    const map = getMap();
    if (!map || !dataIn() || settled) return;
    const settle = () => (settled = true);
    const afterLoad = () => map.once('idle', settle);
    if (map.loaded()) afterLoad();
    else map.once('load', afterLoad);
    return () => {
      map.off('load', afterLoad);
      map.off('idle', settle);
    };
  });
  return {
    get current() {
      return settled;
    }
  };
}

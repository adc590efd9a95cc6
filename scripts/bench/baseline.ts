/**
 * The benchmark's baselines: bare MapLibre drawing the app's basemap at the app's default view, nothing
 * else (no Svelte, no situation layers). The app's figures are compared with this page's.
 * With `#with-layers` it also draws the manifest's layers with the app's own styles, still without the app:
 * a reference that separates what drawing those layers costs from what the app itself adds.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map } from 'maplibre-gl';
import manifest from '../../geodata/manifest.json';
import { loadLayer } from '../../src/data/load';
import type { LayerEntry } from '../../src/data/schema';
import { basemapTilesUrl } from '../../src/map/basemap';
import { basemapStyle } from '../../src/map/basemapStyle';
import { provideCertaintyImages } from '../../src/map/certaintyImages';
import { situationLayerSpecs } from '../../src/map/layerStyle';
import { mapData } from '../../src/map/mapData';

type Bounds = [number, number, number, number];
const view = manifest.view as { center: [number, number]; zoom: number; bounds?: Bounds };
const entries = manifest.layers as unknown as LayerEntry[];
const withLayers = window.location.hash === '#with-layers';
const layerLoads = withLayers ? entries.map((entry) => loadLayer(entry)) : [];

const map = new Map({
  container: 'map',
  style: basemapStyle(basemapTilesUrl(), 'light'),
  center: view.center,
  zoom: view.zoom,
  // The `bounds` option fits them at start (a fitBounds without animation), as the app will once it has them.
  ...(view.bounds ? { bounds: view.bounds } : {})
});
window.__map = map;
// The app's styles draw certainty with images made on demand (src/map/certaintyImages.ts).
if (withLayers) provideCertaintyImages(map);

if (withLayers)
  map.once('style.load', async () => {
    for (const load of await Promise.all(layerLoads)) {
      if (load.status !== 'loaded') throw new Error(load.error); // the bench reports it, and no time
      const { entry, data } = load;
      map.addSource(entry.id, { type: 'geojson', data: mapData(data), promoteId: 'id' });
      for (const spec of situationLayerSpecs(entry, 'light', 'en'))
        map.addLayer({ ...spec, source: entry.id });
    }
  });

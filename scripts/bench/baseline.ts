/**
 * The benchmark's baseline: bare MapLibre drawing the app's basemap at the app's default view, nothing
 * else (no Svelte, no situation layers). The app's figures are compared with this page's.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map } from 'maplibre-gl';
import manifest from '../../geodata/manifest.json';
import { BASEMAP_DATA_URL, registerBasemapProtocol } from '../../src/map/basemap';
import { basemapStyle } from '../../src/map/basemapStyle';

registerBasemapProtocol();

type Bounds = [number, number, number, number];
const view = manifest.view as { center: [number, number]; zoom: number; bounds?: Bounds };

const map = new Map({
  container: 'map',
  style: basemapStyle(BASEMAP_DATA_URL, 'light'),
  center: view.center,
  zoom: view.zoom,
  // The `bounds` option fits them at start (a fitBounds without animation), as the app will once it has them.
  ...(view.bounds ? { bounds: view.bounds } : {})
});
window.__map = map;

/**
 * The benchmark's peer: what a reader would get from Leaflet 1.9 instead, on its canvas renderer
 * (`preferCanvas`), drawing the same basemap (decoded from public/basemap.topo.json) and the same situation
 * layers from geodata/, at the same view. No MapLibre, no app. It reports "all layers drawn" itself
 * (window.__bench.drawnAt), and draws an imported file as canvas circle markers (window.__benchImportDrawnAt).
 */
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import manifest from '../../geodata/manifest.json';
import { loadLayer } from '../../src/data/load';
import type { LayerEntry } from '../../src/data/schema';
import { BASEMAP_FILE, decodeBasemap } from '../../src/map/basemapFile';

declare global {
  interface Window {
    __benchImportDrawnAt?: number;
  }
}

type Bounds = [number, number, number, number];
const view = manifest.view as { center: [number, number]; zoom: number; bounds?: Bounds };
const entries = manifest.layers as unknown as LayerEntry[];
/** The basemap's light palette (src/map/basemapStyle.ts). */
const LAND = { fillColor: '#f6f3ec', fillOpacity: 1, color: '#9fb3c2', weight: 0.7 };
const BORDER = { color: '#a49a8c', weight: 0.8, dashArray: '3 2' };

const layerLoads = entries.map((entry) => loadLayer(entry));
const basemapLoad = fetch(`${import.meta.env.BASE_URL}${BASEMAP_FILE}`).then((r) => r.json());

const renderer = L.canvas();
// Leaflet's zoom counts 256 px tiles, MapLibre's 512 px ones: the same scale is one zoom level more here.
const map = L.map('map', { preferCanvas: true, renderer, zoomSnap: 0 });
if (view.bounds) {
  const [west, south, east, north] = view.bounds;
  map.fitBounds([
    [south, west],
    [north, east]
  ]);
} else map.setView([view.center[1], view.center[0]], view.zoom + 1);

/** A frame after the next: the canvas (redrawn in Leaflet's own animation frame) is then on screen. */
const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))
  );

function label(feature: Feature, text: unknown, className = 'bench-label'): L.Marker | null {
  if (feature.geometry.type !== 'Point' || typeof text !== 'string') return null;
  const [lon, lat] = feature.geometry.coordinates as [number, number];
  return L.marker([lat, lon], {
    icon: L.divIcon({ className, html: text, iconSize: undefined }),
    interactive: false
  });
}

function addBasemap(collection: FeatureCollection): void {
  const zoom = map.getZoom() - 1; // in MapLibre's terms, for the labels' minzoom
  for (const feature of collection.features) {
    const kind = feature.properties?.['layer'];
    if (kind === 'land') L.geoJSON(feature, { style: LAND, interactive: false }).addTo(map);
    else if (kind === 'border') L.geoJSON(feature, { style: BORDER, interactive: false }).addTo(map);
    else if (Number(feature.properties?.['minzoom'] ?? 0) <= zoom)
      label(feature, feature.properties?.['name'])?.addTo(map);
  }
}

function addSituationLayer(entry: LayerEntry, data: FeatureCollection): void {
  const { color, fillOpacity = 0.15, lineWidth = 2, dash, radius = 5, labels = false } = entry.style;
  const dashArray = dash?.map((d) => d * lineWidth).join(' ');
  L.geoJSON(data, {
    style: { color, weight: lineWidth, fillColor: color, fillOpacity, ...(dashArray && { dashArray }) },
    pointToLayer: (feature, latLng) => {
      if (labels) label(feature, feature.properties?.['name'])?.addTo(map);
      return L.circleMarker(latLng, {
        renderer,
        radius,
        color: '#ffffff',
        weight: 1,
        fillColor: color,
        fillOpacity: 1
      });
    }
  }).addTo(map);
}

async function draw(): Promise<void> {
  addBasemap(decodeBasemap(await basemapLoad));
  for (const load of await Promise.all(layerLoads)) {
    if (load.status !== 'loaded') throw new Error(load.error); // the bench reports it, and no time
    addSituationLayer(load.entry, load.data as FeatureCollection);
  }
  const drawnAt = await afterPaint();
  if (window.__bench) window.__bench.drawnAt = drawnAt;
}
void draw();

// An imported file, as the app's Tools → Import would take it: read, parsed, drawn as canvas circle markers.
document.querySelector<HTMLInputElement>('#import')!.addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const data = JSON.parse(await file.text()) as FeatureCollection;
  L.geoJSON(data, {
    pointToLayer: (_feature, latLng) =>
      L.circleMarker(latLng, {
        renderer,
        radius: 4,
        color: '#ffffff',
        weight: 1,
        fillColor: '#6a3d9a',
        fillOpacity: 1
      })
  }).addTo(map);
  window.__benchImportDrawnAt = await afterPaint();
});

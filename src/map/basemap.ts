/**
 * The embedded basemap: Natural Earth land, borders and label points, as TopoJSON
 * (public/basemap.topo.json, built by scripts/build-basemap.ts), about half the bytes of the same GeoJSON.
 * It is fetched and decoded once; the map gets it through a `basemap://` source URL (MapLibre's
 * addProtocol), and figures such as a zone's distance from the coast reuse the same decoded copy.
 * The built index.html preloads the file (scripts/vite/preload-data.ts), so it downloads while the script does.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { addProtocol } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { BASEMAP_FILE, decodeBasemap } from './basemapFile';

/** The basemap source's `data` in the style: resolved by the protocol registered below. */
export const BASEMAP_DATA_URL = 'basemap://natural-earth';

let decoded: Promise<FeatureCollection> | undefined;

export function loadBasemap(): Promise<FeatureCollection> {
  if (!decoded) {
    decoded = fetchBasemap();
    // A failed load is not kept: the next caller tries again.
    decoded.catch(() => (decoded = undefined));
  }
  return decoded;
}

async function fetchBasemap(): Promise<FeatureCollection> {
  const response = await fetch(new URL(`${import.meta.env.BASE_URL}${BASEMAP_FILE}`, window.location.href));
  if (!response.ok) throw new Error(`${BASEMAP_FILE} could not be loaded (HTTP ${response.status})`);
  return decodeBasemap((await response.json()) as Topology);
}

/** Call once before the map is made. */
export function registerBasemapProtocol(): void {
  addProtocol('basemap', async () => ({ data: await loadBasemap() }));
}

/** Land polygons, for figures such as a zone's distance from the coast; none if the basemap failed. */
export async function loadLand(): Promise<Array<Polygon | MultiPolygon>> {
  try {
    const basemap = await loadBasemap();
    return basemap.features
      .filter((f) => f.properties?.layer === 'land')
      .map((f) => f.geometry as Polygon | MultiPolygon);
  } catch {
    return []; // the figure is simply left out
  }
}

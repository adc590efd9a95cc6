/**
 * The embedded basemap, as the app uses it:
 * - the map draws vector tiles cut from it at build time (scripts/vite/basemap-tiles.ts), which MapLibre's
 *   worker fetches by itself, only for the view;
 * - figures such as a zone's distance from the coast need its land polygons: public/basemap.topo.json
 *   (Natural Earth land, borders and label points) is fetched and decoded for them, once, when first needed.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BASEMAP_FILE, BASEMAP_TILES, decodeBasemap, WORLD_FILE } from './basemapFile';

/** The tiles' URL template for the style. Absolute: MapLibre's worker, which fetches them, has no page URL. */
export function basemapTilesUrl(): string {
  const root = new URL(import.meta.env.BASE_URL, window.location.href).href;
  return `${root}${BASEMAP_TILES.folder}/{z}/{x}/{y}.pbf`;
}

/** The coarse world's URL, absolute for the same reason. */
export function basemapWorldUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${WORLD_FILE}`, window.location.href).href;
}

let decoded: Promise<FeatureCollection> | undefined;

function loadBasemap(): Promise<FeatureCollection> {
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

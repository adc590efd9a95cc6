/**
 * The embedded basemap's files. Plain TypeScript, so the build scripts, the Vite plugins and the tests share
 * it with the app.
 * - The source: one TopoJSON file in public/ (built by scripts/build-basemap.ts), whose object holds every
 *   feature (land, borders, labels). The app decodes it only for figures such as a zone's distance from the
 *   coast (src/map/basemap.ts).
 * - What the map draws: vector tiles cut from that file at build time (scripts/vite/basemap-tiles.ts), so
 *   MapLibre's worker fetches and reads just the tiles in view, without the page's main thread.
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const BASEMAP_FILE = 'basemap.topo.json';
/** The coarse world outside the region (scripts/basemap-world.ts): GeoJSON, which MapLibre's worker reads. */
export const WORLD_FILE = 'world-land.geojson';
export const BASEMAP_OBJECT = 'basemap';
/** [west, south, east, north]: about 95°W–45°W, 5°S–25°N, the region the basemap is clipped to. */
export const BASEMAP_REGION: [number, number, number, number] = [-95, -5, -45, 25];

/**
 * The tiles: `<folder>/{z}/{x}/{y}.pbf` for every tile touching the region from `minzoom` to `maxzoom`
 * (MapLibre overzooms the last beyond it), one layer named `layer`. At zoom 7 an 8192 extent is a 0.0003°
 * grid, finer than the 0.001° the basemap's positions are rounded to.
 */
export const BASEMAP_TILES = {
  folder: 'basemap-tiles',
  layer: 'basemap',
  minzoom: 3,
  maxzoom: 7,
  extent: 8192
} as const;

export function basemapTilePath(z: number, x: number, y: number): string {
  return `${BASEMAP_TILES.folder}/${z}/${x}/${y}.pbf`;
}

export function decodeBasemap(topology: Topology): FeatureCollection {
  return feature(topology, topology.objects[BASEMAP_OBJECT] as GeometryCollection) as FeatureCollection;
}

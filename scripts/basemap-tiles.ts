/**
 * Cuts the embedded basemap into Mapbox Vector Tiles, with the libraries MapLibre itself uses for GeoJSON
 * sources (@maplibre/geojson-vt, @maplibre/vt-pbf). Done once, at build time, instead of in every reader's
 * browser: the page no longer fetches, decodes and hands the whole basemap to MapLibre's worker (a round
 * trip through a main thread busy drawing frames), and the first view needs only its few tiles.
 * Pure and deterministic: the same basemap gives the same tiles.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_REGION, BASEMAP_TILES, basemapTilePath } from '../src/map/basemapFile.ts';

/** The x and y of the tile holding a place at zoom z (Web Mercator, as MapLibre). */
export function tileAt(lon: number, lat: number, z: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    Math.floor(((lon + 180) / 360) * 2 ** z),
    Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 2 ** z)
  ];
}

/** Every tile MapLibre may ask for: those touching the region, from minzoom to maxzoom. */
export function* regionTiles(): Generator<[number, number, number]> {
  const [west, south, east, north] = BASEMAP_REGION;
  for (let z = BASEMAP_TILES.minzoom; z <= BASEMAP_TILES.maxzoom; z++) {
    const [left, top] = tileAt(west, north, z);
    const [right, bottom] = tileAt(east, south, z);
    for (let x = left; x <= right; x++) for (let y = top; y <= bottom; y++) yield [z, x, y];
  }
}

/**
 * The tiles, keyed by their path under the build's root (see basemapTilePath). A tile of open sea has no
 * features and is written as an empty file, which MapLibre reads as an empty tile (a missing one would be
 * a 404 and an error in the console).
 */
export function cutBasemapTiles(basemap: FeatureCollection): Map<string, Uint8Array> {
  const { maxzoom, extent, layer } = BASEMAP_TILES;
  const index = new GeoJSONVT(basemap, { maxZoom: maxzoom, indexMaxZoom: maxzoom, extent, buffer: 64 });
  const tiles = new Map<string, Uint8Array>();
  for (const [z, x, y] of regionTiles()) {
    const tile = index.getTile(z, x, y);
    tiles.set(
      basemapTilePath(z, x, y),
      tile?.features.length ? fromGeojsonVt({ [layer]: tile }, { version: 2, extent }) : new Uint8Array(0)
    );
  }
  return tiles;
}

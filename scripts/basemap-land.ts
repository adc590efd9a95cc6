/**
 * The basemap's land as the validator's on-land rule needs it (src/data/validate-on-land.ts): read from the
 * committed public/basemap.topo.json, the same file the map draws, so "on land" means land on this map.
 */
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { landIndex, type LandIndex } from '../src/data/validate-on-land.ts';
import { BASEMAP_FILE, decodeBasemap } from '../src/map/basemapFile.ts';

export const BASEMAP_PATH = new URL(`../public/${BASEMAP_FILE}`, import.meta.url);

export function basemapLand(path: URL | string = BASEMAP_PATH): LandIndex {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const land = decodeBasemap(topology)
    .features.filter((feature) => feature.properties?.['layer'] === 'land')
    .map((feature) => feature.geometry as Polygon | MultiPolygon);
  if (land.length === 0) throw new Error(`${BASEMAP_FILE} has no land features`);
  return landIndex(land);
}

/**
 * The embedded basemap's file: its name in public/, the TopoJSON object holding every feature (land,
 * borders, labels), and how it is decoded. Plain TypeScript, so the build script (scripts/build-basemap.ts),
 * the preload plugin and the tests share it with the app (src/map/basemap.ts).
 */
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const BASEMAP_FILE = 'basemap.topo.json';
export const BASEMAP_OBJECT = 'basemap';

export function decodeBasemap(topology: Topology): FeatureCollection {
  return feature(topology, topology.objects[BASEMAP_OBJECT] as GeometryCollection) as FeatureCollection;
}

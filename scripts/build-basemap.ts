/**
 * Writes public/basemap.topo.json from Natural Earth 10 m (world-atlas). Run: npm run basemap.
 *
 * TopoJSON rather than GeoJSON: integer, delta-encoded positions make the file about half the gzip bytes
 * (50 KB instead of 93 KB) for the same coordinates. The quantisation grid (1e5 steps across the region,
 * 0.0005° east–west) is finer than the 0.001° the positions are already rounded to, so nothing moves.
 * The app decodes it with topojson-client (src/map/basemap.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { BASEMAP_FILE, BASEMAP_OBJECT, WORLD_FILE } from '../src/map/basemapFile.ts';
import { buildBasemap } from './basemap.ts';
import { buildWorldLand } from './basemap-world.ts';

export const BASEMAP_PATH = new URL(`../public/${BASEMAP_FILE}`, import.meta.url);
export const WORLD_PATH = new URL(`../public/${WORLD_FILE}`, import.meta.url);
const QUANTIZATION = 1e5;

export function loadNaturalEarth(): { countries: Topology; land: Topology } {
  const require = createRequire(import.meta.url);
  const read = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
  return { countries: read('countries-10m.json'), land: read('land-10m.json') };
}

/** One arc per line: small diffs when the data changes, still valid JSON. */
export function serialiseBasemap(): string {
  const { countries, land } = loadNaturalEarth();
  const topo = topology({ [BASEMAP_OBJECT]: buildBasemap(countries, land) }, QUANTIZATION);
  const { arcs, ...head } = topo;
  const opening = JSON.stringify({
    type: head.type,
    bbox: head.bbox,
    transform: head.transform,
    objects: head.objects
  });
  return `${opening.slice(0, -1)},"arcs":[\n${arcs.map((arc) => JSON.stringify(arc)).join(',\n')}\n]}\n`;
}

/** The coarse world: one feature per line, then one polygon per line. */
export function serialiseWorld(): string {
  const require = createRequire(import.meta.url);
  const land110 = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8')) as Topology;
  const features = buildWorldLand(land110).features.map((feature) => {
    const polygons = feature.geometry.coordinates.map((polygon) => JSON.stringify(polygon)).join(',\n');
    const properties = JSON.stringify(feature.properties);
    return `{"type":"Feature","properties":${properties},"geometry":{"type":"MultiPolygon","coordinates":[\n${polygons}\n]}}`;
  });
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const [path, text, name] of [
    [BASEMAP_PATH, serialiseBasemap(), BASEMAP_FILE],
    [WORLD_PATH, serialiseWorld(), WORLD_FILE]
  ] as const) {
    writeFileSync(path, text);
    console.log(`public/${name}: ${(text.length / 1024).toFixed(0)} KiB`);
  }
}

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
import { BASEMAP_FILE, BASEMAP_OBJECT } from '../src/map/basemapFile.ts';
import { buildBasemap } from './basemap.ts';

export const BASEMAP_PATH = new URL(`../public/${BASEMAP_FILE}`, import.meta.url);
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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const text = serialiseBasemap();
  writeFileSync(BASEMAP_PATH, text);
  console.log(`public/${BASEMAP_FILE}: ${(text.length / 1024).toFixed(0)} KiB`);
}

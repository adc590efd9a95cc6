/** Writes public/basemap.geojson from Natural Earth 10 m (world-atlas). Run: npm run basemap. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { buildBasemap } from './basemap.ts';

export const BASEMAP_PATH = new URL('../public/basemap.geojson', import.meta.url);

export function loadNaturalEarth(): { countries: Topology; land: Topology } {
  const require = createRequire(import.meta.url);
  const read = (name: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
  return { countries: read('countries-10m.json'), land: read('land-10m.json') };
}

/** One feature per line: small diffs when the data changes, still valid JSON. */
export function serialiseBasemap(): string {
  const { countries, land } = loadNaturalEarth();
  const basemap = buildBasemap(countries, land);
  const lines = basemap.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const text = serialiseBasemap();
  writeFileSync(BASEMAP_PATH, text);
  console.log(`public/basemap.geojson: ${(text.length / 1024).toFixed(0)} KiB`);
}

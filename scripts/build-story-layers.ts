/**
 * Writes the constructed geometries of the story layers into geodata/: `npx tsx scripts/build-story-layers.ts`.
 * Like scripts/build-deployment-zone.ts, the script owns only `geometry` and `geometrySource` of the features
 * listed in scripts/story-geometry.ts; their text, dates and sources are edited in the committed files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { naturalEarthLand } from './build-deployment-zone.ts';
import { geojsonText } from './geojson-text.ts';
import { storyGeometries } from './story-geometry.ts';

/** The story layers' files, in manifest order. */
export const STORY_FILES = [
  'boat-strikes.geojson',
  'ships-at-sea.geojson',
  'ships-port-calls.geojson',
  'government-flights.geojson',
  'regional-areas.geojson',
  'regional-sites.geojson'
] as const;

export const storyFile = (name: string) => fileURLToPath(new URL(`../geodata/${name}`, import.meta.url));

function main(): void {
  const geometryOf = storyGeometries(naturalEarthLand());
  for (const name of STORY_FILES) {
    const collection = JSON.parse(readFileSync(storyFile(name), 'utf8')) as FeatureCollection;
    for (const feature of collection.features) {
      const built = geometryOf(String(feature.properties?.['id']));
      if (!built) continue;
      feature.geometry = built.geometry;
      feature.properties = { ...feature.properties, geometrySource: built.geometrySource };
    }
    writeFileSync(storyFile(name), geojsonText(collection));
    console.log(`wrote ${name}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

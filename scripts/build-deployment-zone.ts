/**
 * Rebuilds geodata/deployment-zone.geojson from Natural Earth land: `npx tsx scripts/build-deployment-zone.ts`.
 * The script owns the geometry and geometrySource; every other property (the text, dates and sources) lives in
 * the committed file and is kept as it is, so the zone's story is edited like every other layer's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildDeploymentZoneGeometry, DEPLOYMENT_ZONE_GEOMETRY_SOURCE } from './deployment-zone.ts';
import { geojsonText } from './geojson-text.ts';

export const ZONE_FILE = fileURLToPath(new URL('../geodata/deployment-zone.geojson', import.meta.url));
const COUNTRIES_FILE = fileURLToPath(
  new URL('../node_modules/world-atlas/countries-10m.json', import.meta.url)
);

/** Natural Earth 1:10m countries (public domain), as packaged by world-atlas. */
export function naturalEarthLand(): FeatureCollection<Polygon | MultiPolygon> {
  const topology = JSON.parse(readFileSync(COUNTRIES_FILE, 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  return feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
}

function main(): void {
  let committed: FeatureCollection;
  try {
    committed = JSON.parse(readFileSync(ZONE_FILE, 'utf8')) as FeatureCollection;
  } catch (error) {
    // Without the committed file there is no text to keep; restore it rather than invent placeholder text.
    console.error(
      `${ZONE_FILE}: cannot read the zone's properties (${String(error)}); restore it from git first.`
    );
    process.exit(1);
  }
  const zone = committed.features.find((candidate) => candidate.properties?.['id'] === 'deployment-zone');
  if (!zone) {
    console.error(`${ZONE_FILE}: no feature with properties.id "deployment-zone"`);
    process.exit(1);
  }
  zone.geometry = buildDeploymentZoneGeometry(naturalEarthLand());
  zone.properties = { ...zone.properties, geometrySource: DEPLOYMENT_ZONE_GEOMETRY_SOURCE };
  writeFileSync(ZONE_FILE, geojsonText(committed));
  console.log(`wrote ${ZONE_FILE}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

/**
 * Builds the embedded basemap from Natural Earth (via the world-atlas npm package): land, country
 * borders and label points, clipped to the map's region, simplified for zoom 4–9 and rounded, so the
 * app needs no tile server. Pure and deterministic: the same package version gives the same bytes,
 * which the drift test (tests/unit/basemap.test.ts) checks against public/basemap.topo.json.
 */
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import centroid from '@turf/centroid';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BASEMAP_REGION } from '../src/map/basemapFile.ts';

/** Degrees. ~200 m: below a pixel up to zoom 8, barely visible at 9. */
const SIMPLIFY_TOLERANCE = 0.002;
/** Decimal places kept: 3 ≈ 110 m, a third of a pixel at zoom 9. */
const PRECISION = 3;

/** Names as a reader of this region expects them, where Natural Earth's admin-0 name is the mother country. */
const LABEL_NAMES: Record<string, string | null> = {
  France: 'French Guiana',
  // Only the mother country's outlying bits fall in the region; a label there would mislead.
  Netherlands: null,
  'United States of America': null,
  'U.S. Minor Outlying Is.': null,
  'USNB Guantanamo Bay': null,
  // Reefs and banks, not places a reader looks for.
  'Bajo Nuevo Bank': null,
  'Serranilla Bank': null,
  'Dominican Rep.': 'Dominican Rep.',
  'Trinidad and Tobago': 'Trinidad and Tobago'
};

/**
 * The labels' Spanish names (`name_es`), for the Spanish map: Natural Earth's admin-0 names are English only.
 * Names as Spanish-language news writes them (RAE/Fundéu forms: Curazao, Surinam, Rep. Dominicana).
 */
const SPANISH_NAMES: Record<string, string> = {
  Anguilla: 'Anguila',
  'Antigua and Barb.': 'Antigua y Barbuda',
  Belize: 'Belice',
  Brazil: 'Brasil',
  'British Virgin Is.': 'Is. Vírgenes Británicas',
  'Cayman Is.': 'Islas Caimán',
  Curaçao: 'Curazao',
  'Dominican Rep.': 'Rep. Dominicana',
  'French Guiana': 'Guayana Francesa',
  Grenada: 'Granada',
  Haiti: 'Haití',
  Mexico: 'México',
  Panama: 'Panamá',
  Peru: 'Perú',
  'Saint Lucia': 'Santa Lucía',
  'St-Barthélemy': 'San Bartolomé',
  'St-Martin': 'San Martín',
  'St. Kitts and Nevis': 'San Cristóbal y Nieves',
  'St. Vin. and Gren.': 'San Vicente y las Gr.',
  Suriname: 'Surinam',
  'Trinidad and Tobago': 'Trinidad y Tobago',
  'Turks and Caicos Is.': 'Islas Turcas y Caicos',
  'U.S. Virgin Is.': 'Is. Vírgenes de EE. UU.',
  'Caribbean Sea': 'Mar Caribe',
  'Gulf of Mexico': 'Golfo de México',
  'Atlantic Ocean': 'Océano Atlántico',
  'Pacific Ocean': 'Océano Pacífico',
  'Gulf of Venezuela': 'Golfo de Venezuela',
  'Gulf of Paria': 'Golfo de Paria'
};

/** `name` and, where Spanish writes it otherwise, `name_es`. */
const names = (name: string) => ({ name, ...(SPANISH_NAMES[name] && { name_es: SPANISH_NAMES[name] }) });

/** Seas have no polygon in the source, so their label points are placed by hand. */
const SEA_LABELS: { name: string; at: Position; minzoom: number }[] = [
  { name: 'Caribbean Sea', at: [-73.5, 14.6], minzoom: 2 },
  { name: 'Gulf of Mexico', at: [-90.5, 24.2], minzoom: 3 },
  { name: 'Atlantic Ocean', at: [-55, 17], minzoom: 2 },
  { name: 'Pacific Ocean', at: [-88, 6], minzoom: 2 },
  { name: 'Gulf of Venezuela', at: [-71.1, 11.75], minzoom: 6 },
  { name: 'Gulf of Paria', at: [-62.05, 10.35], minzoom: 7 }
];

export type BasemapFeature = Feature<
  Polygon | MultiPolygon | MultiLineString | { type: 'Point'; coordinates: Position },
  {
    layer: 'land' | 'border' | 'country-label' | 'sea-label';
    name?: string;
    /** The Spanish name, where it differs (the style falls back to `name`). */
    name_es?: string;
    minzoom?: number;
  }
>;

const round = (n: number) => Math.round(n * 10 ** PRECISION) / 10 ** PRECISION;

function roundPositions<T>(coords: T): T {
  if (typeof (coords as unknown[])[0] === 'number') return (coords as number[]).map(round) as T;
  return (coords as unknown[]).map(roundPositions) as T;
}

/** Drops consecutive duplicates that rounding creates, and rings or lines that collapse. */
function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]);
}

function cleanPolygon(rings: Position[][]): Position[][] {
  return rings.map(dedupe).filter((ring) => ring.length >= 4);
}

function clipAndSimplify<G extends Polygon | MultiPolygon | MultiLineString>(geometry: G): G | null {
  const clipped = bboxClip(geometry, BASEMAP_REGION).geometry as G;
  const simple = simplify({ type: 'Feature', properties: {}, geometry: clipped } as Feature<G>, {
    tolerance: SIMPLIFY_TOLERANCE,
    mutate: true
  }).geometry;
  const coords = roundPositions(simple.coordinates);
  if (simple.type === 'Polygon') {
    const rings = cleanPolygon(coords as Position[][]);
    return rings.length && rings[0]!.length >= 4 ? ({ type: 'Polygon', coordinates: rings } as G) : null;
  }
  if (simple.type === 'MultiPolygon') {
    const polys = (coords as Position[][][]).map(cleanPolygon).filter((p) => p.length && p[0]!.length >= 4);
    return polys.length ? ({ type: 'MultiPolygon', coordinates: polys } as G) : null;
  }
  const lines = (coords as Position[][]).map(dedupe).filter((l) => l.length >= 2);
  return lines.length ? ({ type: 'MultiLineString', coordinates: lines } as G) : null;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Feature<Polygon> {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const features = polys.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates }
  }));
  return features.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/** Bigger countries are labelled from lower zooms; small islands only once there is room. */
function labelMinzoom(areaKm2: number): number {
  if (areaKm2 > 150_000) return 2;
  if (areaKm2 > 20_000) return 4;
  if (areaKm2 > 3_000) return 5;
  return 6;
}

function countryLabel(name: string, geometry: Polygon | MultiPolygon): BasemapFeature | null {
  const labelName = name in LABEL_NAMES ? LABEL_NAMES[name] : name;
  if (!labelName) return null;
  const biggest = largestPolygon(geometry);
  const c = centroid(biggest);
  const at = booleanPointInPolygon(c, biggest) ? c : pointOnFeature(biggest);
  return {
    type: 'Feature',
    properties: { layer: 'country-label', ...names(labelName), minzoom: labelMinzoom(area(biggest) / 1e6) },
    geometry: { type: 'Point', coordinates: roundPositions(at.geometry.coordinates) }
  };
}

export function buildBasemap(countriesTopology: Topology, landTopology: Topology): FeatureCollection {
  const out: BasemapFeature[] = [];
  const countriesObject = countriesTopology.objects.countries as GeometryCollection<{ name: string }>;
  const land = feature(landTopology, landTopology.objects.land!) as unknown as FeatureCollection<
    Polygon | MultiPolygon
  >;
  for (const f of land.features) {
    const geometry = clipAndSimplify(f.geometry);
    if (geometry) out.push({ type: 'Feature', properties: { layer: 'land' }, geometry });
  }
  const borders = mesh(countriesTopology, countriesObject, (a, b) => a !== b) as MultiLineString;
  const clippedBorders = clipAndSimplify(borders);
  if (clippedBorders)
    out.push({ type: 'Feature', properties: { layer: 'border' }, geometry: clippedBorders });

  const countries = feature(countriesTopology, countriesObject) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const labels: BasemapFeature[] = [];
  for (const country of countries.features) {
    const geometry = clipAndSimplify(country.geometry);
    const label = geometry && countryLabel(country.properties.name, geometry);
    if (label) labels.push(label);
  }
  labels.sort((a, b) => a.properties.name!.localeCompare(b.properties.name!, 'en'));
  out.push(...labels);
  for (const sea of SEA_LABELS) {
    out.push({
      type: 'Feature',
      properties: { layer: 'sea-label', ...names(sea.name), minzoom: sea.minzoom },
      geometry: { type: 'Point', coordinates: sea.at }
    });
  }
  return { type: 'FeatureCollection', features: out };
}

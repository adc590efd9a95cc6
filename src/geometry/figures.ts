/**
 * Figures shown beside a feature (lengths, areas, distances), computed from its geometry with Turf so that the
 * text never states a number the map cannot back up. Pure and browser-safe.
 */
import { area } from '@turf/area';
import { distance } from '@turf/distance';
import { length } from '@turf/length';
import type { Locale } from '../data/schema';
import { locale as activeLocale } from '../i18n/active';
import { INTL_LOCALE } from '../i18n/intl';
import * as m from '../i18n/paraglide/messages.js';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position
} from 'geojson';
import { coastDistance } from './coast-distance';

export { distanceToCoastKm } from './coast-distance';

/** Venezuela's territorial sea: 12 nautical miles (law of 27 Jul 1956). */
export const TERRITORIAL_SEA_KM = 12 * 1.852;

/**
 * Vertex-to-coast-edge comparisons allowed for one "distance from the coast" figure (about 50 ms): it is
 * computed when a polygon is clicked, so a huge imported polygon must never freeze the page.
 */
export const COAST_PAIRS_PER_FIGURE = 3e6;

export interface Figure {
  label: string;
  value: number;
  unit: 'km' | 'km²';
}

export interface FigureContext {
  /** Land polygons (e.g. the basemap); when given, polygons clear of land get a distance from the coast. */
  land?: Array<Polygon | MultiPolygon>;
}

type Line = LineString | MultiLineString;
type Area = Polygon | MultiPolygon;

export function routeLengthKm(line: Line | Feature<Line>): number {
  return length(line.type === 'Feature' ? line : { type: 'Feature', properties: {}, geometry: line }, {
    units: 'kilometers'
  });
}

/** Great-circle distance between two [lon, lat] positions. */
export function straightLineKm(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}

export function areaKm2(shape: Area | Feature<Area>): number {
  return area(shape) / 1e6;
}

/** The figures worth showing for a feature: lengths for lines, area (and clearance from land) for polygons. */
export function featureFigures(feature: Feature<Geometry | null>, context: FigureContext = {}): Figure[] {
  // A schematic shape (a sea drawn for strikes with no published position, towns joined by straight lines)
  // has no length or area worth stating: a figure would lend it a precision the sources never had.
  if (feature.properties?.['precision'] === 'schematic') return [];
  const geometry = feature.geometry;
  if (geometry?.type === 'LineString' || geometry?.type === 'MultiLineString') {
    const positions = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
    const start = positions[0];
    const end = positions[positions.length - 1];
    const figures: Figure[] = [{ label: m.figure_length(), value: routeLengthKm(geometry), unit: 'km' }];
    if (start && end)
      figures.push({ label: m.figure_straight(), value: straightLineKm(start, end), unit: 'km' });
    return figures;
  }
  if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') {
    const figures: Figure[] = [{ label: m.figure_area(), value: areaKm2(geometry), unit: 'km²' }];
    if (context.land && context.land.length > 0) {
      const clearance = coastDistance(geometry, context.land, COAST_PAIRS_PER_FIGURE);
      // A polygon that covers land (the FIR) has no meaningful "distance from the coast".
      if (clearance.km > 0 && Number.isFinite(clearance.km)) {
        const label = clearance.approximate ? m.figure_coast_about() : m.figure_coast();
        figures.push({ label, value: clearance.km, unit: 'km' });
      }
    }
    return figures;
  }
  return [];
}

/** "1,234 km", "22.2 km", "12,364 km²": whole numbers from 100 up, one decimal below. */
export function formatFigure(figure: Figure, locale: Locale = activeLocale): string {
  const digits = Math.abs(figure.value) < 100 ? 1 : 0;
  const number = new Intl.NumberFormat(INTL_LOCALE[locale], {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits
  });
  return `${number.format(figure.value)} ${figure.unit}`;
}

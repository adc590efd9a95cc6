/**
 * The URL hash as the map's shareable state: view, visible layers, selected feature, timeline date and
 * a distance being measured.
 * `#map=zoom/lat/lng[/bearing[/pitch]]&layers=a,b&feature=id&date=YYYY-MM-DD&measure=lng,lat;lng,lat&lang=es`.
 * Parsing never throws: garbage or unknown names are dropped and the valid parts kept.
 */
import type { Locale } from '../data/schema';
import { isLocale } from '../i18n/locale';

export interface View {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Permalink {
  view?: View;
  /** Visible layers; absent means "the defaults". */
  layers?: string[];
  feature?: string;
  date?: string;
  /** The points of a distance being measured, [lng, lat] each (the measure tool is on when present). */
  measure?: [number, number][];
  /** The reader's language, so a shared link opens in the sender's (src/i18n/locale.ts). */
  lang?: Locale;
}

/** More would make a URL nobody shares; a measurement that long is cut here. */
export const MAX_MEASURE_POINTS = 50;

export interface Known {
  layerIds: ReadonlySet<string>;
  /** Absent while the data is still loading: any feature id is kept, to be checked once it has loaded. */
  featureIds?: ReadonlySet<string>;
}

const finite = (text: string | undefined) => (text !== undefined && text !== '' ? Number(text) : NaN);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return (
    date.getUTCFullYear() === +m[1]! && date.getUTCMonth() === +m[2]! - 1 && date.getUTCDate() === +m[3]!
  );
}

function parseView(text: string): View | undefined {
  const [zoom, lat, lng, bearing = 0, pitch = 0] = text.split('/').map(finite);
  if (![zoom, lat, lng, bearing, pitch].every(Number.isFinite)) return undefined;
  if (zoom! < 0 || zoom! > 24 || Math.abs(lat!) > 85 || Math.abs(lng!) > 180) return undefined;
  if (Math.abs(bearing) > 360 || pitch < 0 || pitch > 85) return undefined;
  return { center: [lng!, lat!], zoom: zoom!, bearing, pitch };
}

export function parsePermalink(hash: string, known: Known): Permalink {
  const result: Permalink = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return result;
  }
  const view = params.get('map');
  if (view) {
    const parsed = parseView(view);
    if (parsed) result.view = parsed;
  }
  const layers = params.get('layers');
  if (layers !== null) result.layers = [...new Set(layers.split(',').filter((id) => known.layerIds.has(id)))];
  const feature = params.get('feature');
  if (feature && (!known.featureIds || known.featureIds.has(feature))) result.feature = feature;
  const date = params.get('date');
  if (date && isIsoDay(date)) result.date = date;
  const measure = params.get('measure');
  if (measure !== null) result.measure = parseMeasure(measure);
  const lang = params.get('lang');
  if (isLocale(lang)) result.lang = lang;
  return result;
}

/** `lng,lat;lng,lat…`: points that are not a valid position are dropped. */
function parseMeasure(text: string): [number, number][] {
  const points: [number, number][] = [];
  for (const pair of text.split(';').slice(0, MAX_MEASURE_POINTS)) {
    const [lng, lat, extra] = pair.split(',').map(finite);
    const valid =
      Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng!) <= 180 && Math.abs(lat!) <= 90;
    if (valid && extra === undefined) points.push([lng!, lat!]);
  }
  return points;
}

const round = (n: number, places: number) => String(Number(n.toFixed(places)));

/** Short and stable: coordinates to ~10 m at the zooms in use, defaults left out. */
export function formatPermalink(state: Permalink, defaultLayers: readonly string[]): string {
  const parts: string[] = [];
  if (state.view) {
    const { center, zoom, bearing, pitch } = state.view;
    const fields = [round(zoom, 2), round(center[1], 4), round(center[0], 4)];
    if (Math.round(bearing) !== 0 || Math.round(pitch) !== 0) fields.push(round(bearing, 0));
    if (Math.round(pitch) !== 0) fields.push(round(pitch, 0));
    parts.push(`map=${fields.join('/')}`);
  }
  if (state.layers) {
    const same =
      state.layers.length === defaultLayers.length && state.layers.every((id) => defaultLayers.includes(id));
    if (!same) parts.push(`layers=${state.layers.join(',')}`);
  }
  if (state.feature) parts.push(`feature=${encodeURIComponent(state.feature)}`);
  if (state.date) parts.push(`date=${state.date}`);
  if (state.measure)
    parts.push(
      `measure=${state.measure
        .slice(0, MAX_MEASURE_POINTS)
        .map(([lng, lat]) => `${round(lng, 4)},${round(lat, 4)}`)
        .join(';')}`
    );
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

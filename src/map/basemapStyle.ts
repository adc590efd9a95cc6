/**
 * The embedded basemap's look, as plain MapLibre layer specifications
 * (https://maplibre.org/maplibre-style-spec/layers/), shared by the app's <Basemap> and the benchmark's
 * bare-MapLibre baseline so both draw exactly the same thing.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification
} from 'maplibre-gl';
import type { Locale } from '../data/schema';
import { BASEMAP_REGION, BASEMAP_TILES } from './basemapFile';

export type Theme = 'light' | 'dark';
export const BASEMAP_SOURCE = 'basemap';
/** The coarse world outside the detailed region (public/world-land.geojson). */
export const WORLD_SOURCE = 'world';

const PALETTE = {
  light: {
    sea: '#dbe7ef',
    land: '#f6f3ec',
    coast: '#9fb3c2',
    border: '#a49a8c',
    countryText: '#4a4740',
    seaText: '#5f7f97',
    halo: '#f6f3ec'
  },
  dark: {
    sea: '#0f1b26',
    land: '#1f2428',
    coast: '#3e5566',
    border: '#6b6459',
    countryText: '#c9c4ba',
    seaText: '#7d9cb3',
    halo: '#0f1b26'
  }
} as const;

/**
 * No `glyphs` in the style: MapLibre ≥ 5.11 draws labels with the browser's own fonts, so nothing is
 * fetched. These are CSS font families, tried in order.
 */
export const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Helvetica', 'Arial', 'sans-serif'];

/** A label's name in `locale`: its `name_<locale>` where the basemap has one (scripts/basemap.ts), else `name`. */
export function labelName(locale: Locale): ExpressionSpecification {
  return locale === 'en' ? ['get', 'name'] : ['coalesce', ['get', `name_${locale}`], ['get', 'name']];
}

export function basemapLayers(theme: Theme, locale: Locale = 'en'): LayerSpecification[] {
  const c = PALETTE[theme];
  /** Every layer but the sea reads the tiles' one layer. */
  const tiles = { source: BASEMAP_SOURCE, 'source-layer': BASEMAP_TILES.layer };
  return [
    { id: 'basemap-sea', type: 'background', paint: { 'background-color': c.sea } },
    // Fill only: an outline would draw the straight edges where the detailed region is cut out.
    {
      id: 'basemap-world-land',
      type: 'fill',
      source: WORLD_SOURCE,
      filter: ['==', ['get', 'part'], 'outside'],
      paint: { 'fill-color': c.land }
    },
    // Inside the region the detailed tiles take over from their first zoom.
    {
      id: 'basemap-world-region',
      type: 'fill',
      source: WORLD_SOURCE,
      maxzoom: BASEMAP_TILES.minzoom,
      filter: ['==', ['get', 'part'], 'region'],
      paint: { 'fill-color': c.land }
    },
    {
      id: 'basemap-land',
      type: 'fill',
      ...tiles,
      filter: ['==', ['get', 'layer'], 'land'],
      paint: { 'fill-color': c.land }
    },
    {
      id: 'basemap-coast',
      type: 'line',
      ...tiles,
      filter: ['==', ['get', 'layer'], 'land'],
      paint: { 'line-color': c.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 9, 1.4] }
    },
    {
      id: 'basemap-borders',
      type: 'line',
      ...tiles,
      filter: ['==', ['get', 'layer'], 'border'],
      paint: {
        'line-color': c.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 9, 1.6],
        'line-dasharray': [3, 2]
      }
    },
    {
      id: 'basemap-sea-labels',
      type: 'symbol',
      ...tiles,
      filter: ['all', ['==', ['get', 'layer'], 'sea-label'], ['>=', ['zoom'], ['get', 'minzoom']]],
      layout: {
        'text-field': labelName(locale),
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-letter-spacing': 0.2,
        'text-max-width': 8
      },
      paint: { 'text-color': c.seaText, 'text-halo-color': c.halo, 'text-halo-width': 1 }
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      ...tiles,
      filter: ['all', ['==', ['get', 'layer'], 'country-label'], ['>=', ['zoom'], ['get', 'minzoom']]],
      layout: {
        'text-field': ['upcase', labelName(locale)],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 8, 14],
        'text-letter-spacing': 0.12,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'minzoom']
      },
      paint: { 'text-color': c.countryText, 'text-halo-color': c.halo, 'text-halo-width': 1.2 }
    }
  ];
}

/** The coarse world's layers, drawn below `WORLD_BEFORE` (the detailed land) when added after the style. */
export const worldLayers = (theme: Theme) =>
  basemapLayers(theme).filter(
    (layer): layer is FillLayerSpecification => 'source' in layer && layer.source === WORLD_SOURCE
  );
export const WORLD_BEFORE = 'basemap-land';
export const WORLD_SOURCE_OPTIONS = { maxzoom: 6, attribution: 'Natural Earth' } as const;
const worldSource = (url: string): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: url,
  ...WORLD_SOURCE_OPTIONS
});

/**
 * Whether a view ([west, south, east, north] and zoom) shows anything the detailed tiles do not draw: ground
 * outside their region, or any zoom below their first. Only then is the coarse world worth fetching.
 */
export function viewNeedsWorld([west, south, east, north]: readonly number[], zoom: number): boolean {
  const [w, s, e, n] = BASEMAP_REGION;
  return zoom < BASEMAP_TILES.minzoom || west! < w || south! < s || east! > e || north! > n;
}

/**
 * A complete style holding only the basemap: the app starts from it, the benchmark baseline uses it alone.
 * `tilesUrl` is the tiles' URL template (src/map/basemap.ts); beyond their last zoom MapLibre overzooms them.
 * `worldUrl`, when given, adds the coarse world outside the region (the app adds it later: ./WorldLand.svelte).
 */
export function basemapStyle(
  tilesUrl: string,
  theme: Theme,
  worldUrl?: string,
  locale: Locale = 'en'
): StyleSpecification {
  const { minzoom, maxzoom } = BASEMAP_TILES;
  const world: Record<string, SourceSpecification> = worldUrl
    ? { [WORLD_SOURCE]: worldSource(worldUrl) }
    : {};
  const layers = basemapLayers(theme, locale).filter(
    (layer) => worldUrl || !('source' in layer && layer.source === WORLD_SOURCE)
  );
  return {
    version: 8,
    sources: {
      ...world,
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [tilesUrl],
        minzoom,
        maxzoom,
        bounds: BASEMAP_REGION,
        attribution: 'Natural Earth'
      }
    },
    layers
  };
}

/**
 * Loads the situation from geodata/: the manifest is bundled (the UI needs it at once), each layer file is
 * emitted as its own hashed asset and fetched in parallel, so a broken file costs only its own layer.
 */
import type { Locale, Manifest, LayerEntry, SituationCollection } from './schema';
import manifestJson from '../../geodata/manifest.json';
import situationFiles from 'virtual:situation-files';
import { locale as activeLocale } from '../i18n/active';
import * as m from '../i18n/paraglide/messages.js';
import { localiseCollection, localiseManifest } from './localise';

/** The manifest in the reader's language (both languages are in the bundle; the text is small). */
export const manifest = localiseManifest(manifestJson as unknown as Manifest, activeLocale);

/** Each layer file's URL in each language (scripts/vite/situation-files.ts: a built file holds one language). */
export function layerUrl(entry: LayerEntry, locale: Locale = activeLocale): string | undefined {
  return situationFiles[locale]?.[entry.file];
}

/**
 * How an imported layer reaches the map: as vector tiles the import worker cuts (src/import/), instead of
 * its GeoJSON going to MapLibre.
 */
export interface TileSource {
  /** The tile URL template of the current cut. */
  url: string;
  /** Cuts the tiles for another as-of day if they depend on it; resolves with the URL to draw then. */
  forDay(day: string | null): Promise<string>;
  /** The zoom at which a cluster comes apart (null when unknown). */
  clusterExpansionZoom(clusterId: number): Promise<number | null>;
}

export type LayerLoad =
  | {
      status: 'loaded';
      entry: LayerEntry;
      data: SituationCollection;
      /** Set for imported layers: the map draws them from these tiles. */
      tiles?: TileSource;
      /** An import being drawn: `data` is empty until its features arrive. */
      pending?: boolean;
    }
  | { status: 'failed'; entry: LayerEntry; error: string };

/** Never rejects: a failure becomes a message naming the layer's file and what went wrong. */
export async function loadLayer(
  entry: LayerEntry,
  fetchFn: typeof fetch = fetch,
  locale: Locale = activeLocale
): Promise<LayerLoad> {
  const options = { locale };
  const failed = (error: string): LayerLoad => ({
    status: 'failed',
    entry,
    error: `${entry.file}: ${error}`
  });
  const url = layerUrl(entry, locale);
  if (!url) return failed(m.load_no_such_file({}, options));
  let text: string;
  try {
    const response = await fetchFn(url);
    if (!response.ok) return failed(m.load_http({ status: response.status }, options));
    text = await response.text();
  } catch (error) {
    return failed(
      m.load_network({ reason: error instanceof Error ? error.message : String(error) }, options)
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed(
      m.load_not_json({ reason: error instanceof Error ? error.message : String(error) }, options)
    );
  }
  const shapeError = collectionShapeError(data, locale);
  if (shapeError) return failed(shapeError);
  return { status: 'loaded', entry, data: localiseCollection(data as SituationCollection, locale) };
}

/** The checks the map needs to draw a layer safely; the full rules run at build time (npm run validate). */
function collectionShapeError(data: unknown, locale: Locale): string | null {
  const options = { locale };
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'FeatureCollection')
    return m.load_not_collection({}, options);
  const features = (data as { features?: unknown }).features;
  if (!Array.isArray(features)) return m.load_no_features({}, options);
  for (const [index, feature] of features.entries()) {
    const props = (feature as { properties?: { id?: unknown } } | null)?.properties;
    if (typeof props?.id !== 'string') return m.load_no_id({ index }, options);
    if (typeof (feature as { geometry?: { type?: unknown } }).geometry?.type !== 'string')
      return m.load_no_geometry({ id: props.id, index }, options);
  }
  return null;
}

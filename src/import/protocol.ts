/**
 * Messages between the page and the import worker (./import.worker.ts), which lives as long as the page has
 * imported layers: it reads, checks and splits imported files, keeps them in IndexedDB, and cuts the vector
 * tiles MapLibre draws them from. Every request carries an id; the worker answers it with any number of
 * progress messages and then exactly one `done` or `failed`.
 */
import type { LayerEntry, Locale } from '../data/schema';
import type { ImportProgress } from './messages';
import type { ImportResult } from './pipeline';
import type { DamagedLayer } from './stored';

/** An imported layer the worker holds and cuts tiles for: what the map needs to draw it. */
export interface TiledLayer {
  entry: LayerEntry;
  tileVersion: number;
  /** Whether its tiles depend on the as-of day (a clustered layer with dated points). */
  dated: boolean;
}

/**
 * A layer's full data as JSON text: the worker writes it once for both the page and IndexedDB, and a
 * string crosses to the page as one copy where 100,000 feature objects are cloned one by one.
 */
export type LayerJson = string;

export type ImportAnswer =
  { ok: true; layers: TiledLayer[]; notes: string[] } | Extract<ImportResult, { ok: false }>;

/** Each request type with its parameters and the value its `done` answer carries. */
export interface Requests {
  /** A file the page was given: the worker reads it itself, so even reading costs the page nothing. */
  import: {
    params: {
      file: Blob;
      fileName: string;
      firstNumber: number;
      takenIds: string[];
      day: string | null;
      /** Import the features that are fine, leaving out (and listing) the others. */
      skipInvalid?: boolean;
      /** The page's language, for the problems and notes the worker words. */
      locale: Locale;
    };
    answer: ImportAnswer;
  };
  /**
   * The full data of layers just imported. Asked for after `import`, which answers as soon as the tiles
   * can be cut: the map draws the layers while their data is written out and taken in by the page.
   */
  data: { params: { layerIds: string[] }; answer: LayerJson[] };
  /** Keeps these layers in IndexedDB for the next visit; answers with what went wrong, or null. */
  save: { params: { layerIds: string[] }; answer: string | null };
  /**
   * The layers kept in IndexedDB except `skip`, with feature ids made unique against `takenIds`, and the
   * records that could not be read (set aside, not deleted: the page offers to remove them).
   */
  restore: {
    params: { skip: string[]; takenIds: string[]; day: string | null; locale: Locale };
    answer: { layers: (TiledLayer & { json: LayerJson })[]; damaged: DamagedLayer[] };
  };
  /** Forgets a layer, here and in IndexedDB. */
  remove: { params: { layerId: string }; answer: null };
  /** Serves tiles on this BroadcastChannel too, straight to MapLibre's worker (./maplibre-worker-tiles.js). */
  listen: { params: { channel: string }; answer: null };
  /**
   * One tile as a Mapbox Vector Tile, or null when the layer has nothing there; `url` as MapLibre asks for
   * it (src/map/importedTiles.ts), whether through the page or the BroadcastChannel.
   */
  tile: { params: { url: string }; answer: ArrayBuffer | null };
  /** Cuts a layer's tiles for another as-of day; answers with the tiles' version (changed or not). */
  day: { params: { layerId: string; day: string | null }; answer: number };
  clusterZoom: { params: { layerId: string; clusterId: number }; answer: number | null };
}

export type RequestType = keyof Requests;

export type WorkerRequest = {
  [T in RequestType]: { id: number; type: T; params: Requests[T]['params'] };
}[RequestType];

export type WorkerReply =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; message: string };

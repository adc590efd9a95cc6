/**
 * Imported layers kept across visits in IndexedDB (files can be tens of MB: too big for localStorage). The
 * import worker reads and writes them; the page only asks whether there are any.
 * One record per layer, keyed by its layer id; `order` keeps the order they were added in. The data is kept
 * as the GeoJSON text in a Blob: IndexedDB stores a Blob as it is, where a structured clone of 100 000
 * feature objects takes seconds.
 */
import type { LayerEntry } from '../data/schema';

export interface StoredLayer {
  id: string;
  order: number;
  entry: LayerEntry;
  /** The layer's FeatureCollection as JSON. */
  geojson: Blob;
}

const DATABASE = 'situation-map-imports';
const STORE = 'layers';

let opening: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storageError(request.error, 'IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
  opening.catch(() => (opening = undefined)); // try again next time
  return opening;
}

/** IndexedDB's errors in words (a DOMException's message is often empty; its name says what happened). */
function storageError(error: DOMException | null, fallback: string): Error {
  if (error?.name === 'QuotaExceededError') return new Error('this browser has no room left for the site');
  return new Error(error?.message || error?.name || fallback);
}

async function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void) {
  const db = await database();
  return new Promise<T | undefined>((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(storageError(transaction.error, 'IndexedDB transaction failed'));
    transaction.onabort = () => reject(storageError(transaction.error, 'IndexedDB transaction was aborted'));
  });
}

export async function saveLayers(layers: readonly StoredLayer[]): Promise<void> {
  await transact('readwrite', (store) => {
    for (const layer of layers) store.put(layer);
  });
}

export async function deleteLayer(id: string): Promise<void> {
  await transact('readwrite', (store) => store.delete(id));
}

/** The ids of the stored layers (cheap: no data is read); an empty list when IndexedDB is unavailable. */
export async function storedLayerIds(): Promise<string[]> {
  if (typeof indexedDB === 'undefined') return [];
  const keys = await transact('readonly', (store) => store.getAllKeys());
  return (keys ?? []).map(String);
}

/** Every stored layer in the order they were added; an empty list when IndexedDB is unavailable. */
export async function loadLayers(): Promise<StoredLayer[]> {
  if (typeof indexedDB === 'undefined') return [];
  const all = (await transact('readonly', (store) => store.getAll() as IDBRequest<StoredLayer[]>)) ?? [];
  // A damaged record may be anything (even null): sorting must not be what fails (./stored.ts checks them).
  const order = (record: StoredLayer | null) => Number(record?.order) || 0;
  return all.sort((a, b) => order(a) - order(b));
}

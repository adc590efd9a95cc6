/**
 * The page's side of the import worker (./import.worker.ts, protocol: ./protocol.ts): one worker, started
 * on first use and kept while the page lives, since it holds the imported layers' tiles. MapLibre gets
 * those tiles through its `addProtocol` hook: it asks for imported://…, in its own worker, which passes the
 * request straight to the import worker over a BroadcastChannel (./maplibre-worker-tiles.js). Should that
 * script not load, MapLibre sends the request to the page, which serves it here.
 */
import { addProtocol, importScriptInWorkers } from 'maplibre-gl';
import * as m from '../i18n/paraglide/messages.js';
import { TILE_SCHEME } from '../map/importedTiles';
import mapLibreWorkerTiles from './maplibre-worker-tiles.js?url&no-inline';
import type { ImportProgress } from './messages';
import type { Requests, RequestType, WorkerReply, WorkerRequest } from './protocol';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: ImportProgress) => void;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

/** This page's tile channel: another tab's import worker must not answer for ours. */
export const tileChannel = `imported-tiles-${crypto.randomUUID()}`;

/** Settles once MapLibre's worker can fetch tiles itself; if it cannot, they come through the page. */
export const mapLibreFetchesTiles: Promise<void> = importScriptInWorkers(
  new URL(mapLibreWorkerTiles, window.location.href).href
).then(
  () => undefined,
  () => undefined
);

function start(): Worker {
  const started = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  // First of all, so that it serves tiles on the channel before any layer is drawn.
  started.postMessage({ id: 0, type: 'listen', params: { channel: tileChannel } } satisfies WorkerRequest);
  started.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'progress') return waiting.onProgress?.(reply.progress);
    pending.delete(reply.id);
    if (reply.type === 'done') waiting.resolve(reply.value);
    else waiting.reject(new Error(reply.message));
  };
  started.onerror = (event) => {
    event.preventDefault(); // reported to whoever was waiting, not as an uncaught error
    started.terminate();
    worker = undefined;
    const error = new Error(event.message || m.import_worker_stopped());
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  return started;
}

/** Asks the worker and resolves with its answer, or rejects with what went wrong there. */
export function ask<T extends RequestType>(
  type: T,
  params: Requests[T]['params'],
  onProgress?: (progress: ImportProgress) => void
): Promise<Requests[T]['answer']> {
  worker ??= start();
  const id = nextId++;
  const request = { id, type, params } as WorkerRequest;
  return new Promise((resolve, reject) => {
    pending.set(id, {
      resolve: resolve as (value: unknown) => void,
      reject,
      ...(onProgress && { onProgress })
    });
    worker!.postMessage(request);
  });
}

addProtocol(TILE_SCHEME, async ({ url }) => ({ data: (await ask('tile', { url })) ?? new ArrayBuffer(0) }));

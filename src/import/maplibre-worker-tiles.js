// Loaded into MapLibre's own worker (maplibregl.importScriptInWorkers, from ./client.ts), as a classic script.
// MapLibre asks for an imported layer's tile (imported://<channel>/<layer>/<version>/<z>/<x>/<y>) here, in its
// worker; this passes the request to the import worker over the BroadcastChannel named in the URL and hands
// back its answer. So tiles go from worker to worker: the page's main thread, often busy drawing a frame, is
// not in the way. Without this script MapLibre sends the request through the page, which serves it too.
/**
 * MapLibre's worker scope, with the hook it offers scripts loaded into it.
 * @type {{ addProtocol(scheme: string, load: (params: { url: string }, abort: AbortController) => Promise<{ data: ArrayBuffer }>): void }}
 */
const mapLibreWorker = /** @type {any} */ (self);
/** @type {Map<string, BroadcastChannel>} */
const channels = new Map();
/** @type {Map<string, { resolve: (value: { data: ArrayBuffer }) => void, reject: (error: Error) => void }>} */
const waiting = new Map();
let nextId = 1;

/** @param {string} name */
function channelNamed(name) {
  let channel = channels.get(name);
  if (!channel) {
    channel = new BroadcastChannel(name);
    /** @param {MessageEvent<{ id: string, tile?: ArrayBuffer | null, error?: string }>} event */
    channel.onmessage = (event) => {
      const { id, tile, error } = event.data;
      const request = waiting.get(id);
      if (!request) return; // answered for another worker, or aborted
      waiting.delete(id);
      if (error) request.reject(new Error(error));
      else request.resolve({ data: tile ?? new ArrayBuffer(0) });
    };
    channels.set(name, channel);
  }
  return channel;
}

mapLibreWorker.addProtocol('imported', (params, abortController) => {
  const name = params.url.slice('imported://'.length).split('/')[0] ?? '';
  const id = `${Math.random().toString(36).slice(2)}-${nextId++}`;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    abortController.signal.addEventListener('abort', () => {
      waiting.delete(id);
      reject(new DOMException('The tile is no longer needed', 'AbortError'));
    });
    channelNamed(name).postMessage({ id, url: params.url });
  });
});

/**
 * Runs one import in a fresh worker (./import.worker.ts) and resolves with its result; the worker is
 * terminated afterwards, so its memory (the file's text, the parsed JSON) goes with it.
 */
import type { ImportProgress } from './messages';
import type { ImportResult } from './pipeline';
import type { ImportReply, ImportRequest } from './protocol';

export function importInWorker(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void
): Promise<{ result: ImportResult; blobs?: Blob[] }> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      if (event.data.type === 'progress') return onProgress(event.data.progress);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault(); // reported in the import's own alert, not as an uncaught error
      worker.terminate();
      const detail = event.message || 'the import worker failed';
      resolve({
        result: { ok: false, messages: [`${request.fileName}: could not be imported (${detail})`] }
      });
    };
    worker.postMessage(request);
  });
}

/**
 * Runs one import in a fresh worker (./import.worker.ts) and resolves with its result, and `saved` once the
 * layers are kept in IndexedDB (with the problem if that failed). The worker is terminated when done, so its
 * memory (the file's text, the parsed JSON) goes with it.
 */
import type { ImportProgress } from './messages';
import type { ImportResult } from './pipeline';
import type { ImportReply, ImportRequest } from './protocol';

export function importInWorker(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void
): Promise<{ result: ImportResult; saved: Promise<string | null> }> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let markSaved: (problem: string | null) => void = () => {};
  const saved = new Promise<string | null>((resolve) => (markSaved = resolve));
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.progress);
      if (reply.type === 'saved') {
        worker.terminate();
        return markSaved(reply.problem);
      }
      if (!reply.result.ok) {
        worker.terminate();
        markSaved(null);
      }
      resolve({ result: reply.result, saved });
    };
    worker.onerror = (event) => {
      event.preventDefault(); // reported in the import's own alert, not as an uncaught error
      worker.terminate();
      const detail = event.message || 'the import worker failed';
      markSaved(`${request.fileName}: could not be kept for next time (${detail})`);
      resolve({
        result: { ok: false, messages: [`${request.fileName}: could not be imported (${detail})`] },
        saved
      });
    };
    worker.postMessage(request);
  });
}

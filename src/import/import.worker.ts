/// <reference lib="webworker" />
/**
 * Reads, parses and validates an imported file off the main thread (protocol: ./protocol.ts). Size is
 * checked before reading and nesting while reading, so a hostile file is refused before JSON.parse sees it.
 */
import { errorText } from '../data/problems';
import { parseJson } from '../data/parse-json';
import { depthProblem, IMPORT_LIMITS, NestingScanner, sizeProblem } from './limits';
import type { ImportProgress } from './messages';
import { importParsed, type ImportResult } from './pipeline';
import type { ImportReply, ImportRequest } from './protocol';
import { saveLayers } from './store';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: ImportReply) => scope.postMessage(reply);

/** At most one progress message per 100 ms, and always the first of a stage. */
let lastPost = 0;
let lastStage = '';
function progress(update: ImportProgress) {
  const now = performance.now();
  if (update.stage === lastStage && now - lastPost < 100) return;
  lastPost = now;
  lastStage = update.stage;
  post({ type: 'progress', progress: update });
}

async function readText(file: Blob, fileName: string): Promise<string | ImportResult> {
  const refuse = (message: string): ImportResult => ({ ok: false, messages: [`${fileName}: ${message}`] });
  const tooBig = sizeProblem(file.size);
  if (tooBig) return refuse(tooBig);
  const scanner = new NestingScanner(IMPORT_LIMITS.maxDepth);
  const decoder = new TextDecoder();
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (!scanner.feed(text)) {
      await reader.cancel();
      return refuse(depthProblem(scanner.tooDeepAt ?? 0));
    }
    parts.push(text);
    if (done) break;
    read += value.byteLength;
    progress({ stage: 'reading', done: read, total: file.size });
  }
  return parts.join('');
}

/**
 * Stores the layers for the next visit, here so the page does not pay for it, and after the result has gone,
 * so the map draws meanwhile. Returns what to tell the user if it failed.
 */
async function keep(result: ImportResult & { ok: true }, blobs: readonly Blob[], fileName: string) {
  try {
    const order = Date.now();
    await saveLayers(
      result.layers.map(({ entry }, i) => ({ id: entry.id, order: order + i, entry, geojson: blobs[i]! }))
    );
    return null;
  } catch (error) {
    return `${fileName} is on the map but will not be there next time: ${errorText(error)}`;
  }
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { file, fileName, firstNumber, takenIds } = event.data;
  try {
    progress({ stage: 'reading', done: 0, total: file.size });
    const text = await readText(file, fileName);
    if (typeof text !== 'string') return post({ type: 'result', result: text });
    progress({ stage: 'parsing' });
    const parsed = parseJson(fileName, text);
    const result = importParsed(parsed, { fileName, firstNumber, takenIds }, progress);
    if (!result.ok) return post({ type: 'result', result });
    post({ type: 'result', result });
    // IndexedDB keeps each layer as one JSON Blob, not as 100,000 objects to clone one by one.
    const blobs = result.layers.map(
      (layer) => new Blob([JSON.stringify(layer.data)], { type: 'application/geo+json' })
    );
    post({ type: 'saved', problem: await keep(result, blobs, fileName) });
  } catch (error) {
    post({
      type: 'result',
      result: { ok: false, messages: [`${fileName}: could not be imported (${errorText(error)})`] }
    });
  }
};

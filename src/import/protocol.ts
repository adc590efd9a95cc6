/**
 * Messages between the page and the import worker. The page posts one request with the File itself (the
 * worker reads it, so even reading costs the page nothing); the worker answers with any number of progress
 * messages and exactly one result; after a successful result it keeps the layers in IndexedDB and says
 * `saved` (with a note if that failed), after which the page terminates it.
 */
import type { ImportProgress } from './messages';
import type { ImportResult } from './pipeline';

export interface ImportRequest {
  file: Blob;
  fileName: string;
  firstNumber: number;
  takenIds: string[];
}

export type ImportReply =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportResult }
  | { type: 'saved'; problem: string | null };

/**
 * Word 8-grams for the no-copying rule: a text in geodata/ may not share a run of 8 or more words with the
 * news report (quotes excepted). The report itself is not committed, only these hashes of its 8-grams.
 */
import { createHash } from 'node:crypto';

export const NGRAM_WORDS = 8;
/** Hex digits kept of each SHA-256: 64 bits, so a chance collision among a few hundred n-grams is negligible. */
export const HASH_HEX_DIGITS = 16;

/** Lowercase, curly apostrophe as straight, words = runs of letters, digits and apostrophes. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replaceAll('’', "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

export function hashNgram(ngram: string[]): string {
  return createHash('sha256').update(ngram.join(' ')).digest('hex').slice(0, HASH_HEX_DIGITS);
}

/** Every run of NGRAM_WORDS consecutive words, in order. */
export function ngrams(text: string): string[][] {
  const list = words(text);
  const runs: string[][] = [];
  for (let i = 0; i + NGRAM_WORDS <= list.length; i++) runs.push(list.slice(i, i + NGRAM_WORDS));
  return runs;
}

/** The sorted, unique hashes of a text's 8-grams: the committed fixture. */
export function ngramHashes(text: string): string[] {
  return [...new Set(ngrams(text).map(hashNgram))].sort();
}

/** The runs of `text` whose hash is in `hashes`, as the words of `text` (so a message never shows the report). */
export function sharedRuns(text: string, hashes: ReadonlySet<string>): string[] {
  return ngrams(text)
    .filter((ngram) => hashes.has(hashNgram(ngram)))
    .map((ngram) => ngram.join(' '));
}

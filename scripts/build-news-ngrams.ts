/**
 * Regenerates tests/fixtures/no-copying/news-report-8grams.json from the reference news report:
 * `npx tsx scripts/build-news-ngrams.ts [path to news-report.txt]` (default ../shared/reference/, beside the
 * checkout). Only hashes are written; the report's text stays out of the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { HASH_HEX_DIGITS, NGRAM_WORDS, ngramHashes } from './news-ngrams.ts';

export const NGRAMS_FILE = new URL('../tests/fixtures/no-copying/news-report-8grams.json', import.meta.url);
export const DEFAULT_REPORT = new URL('../../shared/reference/news-report.txt', import.meta.url);

export function ngramFixture(reportText: string) {
  return {
    about:
      'SHA-256 (first 16 hex digits) of every word 8-gram of ../shared/reference/news-report.txt; words are ' +
      "lowercased, ’ becomes ', and a word is a run of /[\\p{L}\\p{N}']+/u. Built by scripts/build-news-ngrams.ts.",
    words: NGRAM_WORDS,
    hexDigits: HASH_HEX_DIGITS,
    hashes: ngramHashes(reportText)
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = process.argv[2] ?? DEFAULT_REPORT;
  const fixture = ngramFixture(readFileSync(report, 'utf8'));
  writeFileSync(NGRAMS_FILE, JSON.stringify(fixture, null, 2) + '\n');
  console.log(`${fixture.hashes.length} hashed 8-grams written to tests/fixtures/no-copying/`);
}

/**
 * No copying: no string in geodata/ (quotes' own words excepted) may share a run of 8 or more words with the
 * news report. The report is not in the repository; its 8-grams are, as hashes
 * (tests/fixtures/no-copying/, rebuilt by scripts/build-news-ngrams.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT, NGRAMS_FILE, ngramFixture } from '../../scripts/build-news-ngrams';
import { ngramHashes, sharedRuns, words } from '../../scripts/news-ngrams';

const GEODATA = fileURLToPath(new URL('../../geodata/', import.meta.url));
const fixture = JSON.parse(readFileSync(NGRAMS_FILE, 'utf8')) as { hashes: string[] };
const reportHashes = new Set(fixture.hashes);

/** Every string in a JSON value with its path, except the exact words of quotes (`quotes[i].text`). */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return /\.quotes\[\d+\]\.text$/.test(path) ? [] : [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

/** "file at path: «run»" for every run of 8 words a text shares with the report. */
function copiedRuns(files: Map<string, unknown>, hashes: ReadonlySet<string>): string[] {
  return [...files].flatMap(([file, json]) =>
    strings(json).flatMap(({ path, text }) =>
      sharedRuns(text, hashes).map((run) => `${file} at ${path}: “${run}”`)
    )
  );
}

const geodata = new Map(
  readdirSync(GEODATA)
    .filter((name) => name.endsWith('.json') || name.endsWith('.geojson'))
    .map((name) => [name, JSON.parse(readFileSync(GEODATA + name, 'utf8')) as unknown])
);

describe('no text in geodata/ copies the news report', () => {
  it('shares no run of 8 words with it outside quotes', () => {
    expect(fixture.hashes.length).toBeGreaterThan(300);
    expect(copiedRuns(geodata, reportHashes)).toEqual([]);
  });

  it('fails on a copied run: a quote from the report moved into a summary is caught', () => {
    // Trump's words as the report quotes them: allowed as a quote, a copy anywhere else.
    const quoted = 'I wouldn’t say it went well or badly, it was a phone call.';
    const copied = {
      features: [{ properties: { summary: `Trump said: ${quoted}`, quotes: [{ text: quoted }] } }]
    };
    const runs = copiedRuns(new Map([['copied.geojson', copied]]), reportHashes);
    expect(runs.length).toBe(words(quoted).length - 7);
    expect(runs[0]).toMatch(/^copied\.geojson at features\[0\]\.properties\.summary: “/);
  });

  it('tokenises as documented: case, curly apostrophes and punctuation do not hide a copy', () => {
    const hashes = new Set(ngramHashes('One two three four five six seven eight’s nine.'));
    expect(sharedRuns("ONE, two; three – four five six (seven) eight's", hashes)).toEqual([
      "one two three four five six seven eight's"
    ]);
    expect(sharedRuns('one two three four five six seven', hashes)).toEqual([]);
    expect(sharedRuns('two three four five six seven eight nine', hashes)).toEqual([]);
  });

  it.runIf(existsSync(DEFAULT_REPORT))(
    'matches the reference report when it is at hand (rebuild if not)',
    () => {
      expect(fixture).toEqual(ngramFixture(readFileSync(DEFAULT_REPORT, 'utf8')));
    }
  );
});

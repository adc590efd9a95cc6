/**
 * Bad files a person might import, each named for its fault (tests/fixtures/import/), and the messages the
 * import gives for them, in <name>.expected.txt (and in Spanish, <name>.expected.es.txt). Regenerate on
 * purpose only: `REGEN=1 npx vitest run --project unit tests/unit/import-fixtures.test.ts`, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/data/schema';
import { importText } from '../../src/import/pipeline';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const USER_VALID = fileURLToPath(new URL('../fixtures/user-valid/', import.meta.url));
const REPAIRED = fileURLToPath(new URL('../fixtures/import-repaired/', import.meta.url));
const REGEN = process.env['REGEN'] === '1';
const options = (fileName: string, locale: Locale = 'en') => ({
  fileName,
  firstNumber: 1,
  takenIds: [],
  locale
});
/** Where a fixture's expected messages are kept: English beside it as before, other languages tagged. */
const expectedPath = (dir: string, name: string, locale: Locale) =>
  dir + name.replace(/\.(geo)?json$/, locale === 'en' ? '.expected.txt' : `.expected.${locale}.txt`);
const LOCALES: Locale[] = ['en', 'es'];

describe('each bad import fixture is refused with its expected messages', () => {
  const names = readdirSync(FIXTURES).filter((name) => /\.(geo)?json$/.test(name));
  it('covers the faults the issue names', () => {
    for (const name of [
      'not-json.json',
      'not-geojson.json',
      'empty-collection.geojson',
      'too-deep.json',
      'string-coordinate-quoted.geojson',
      'missing-coordinates-required.geojson',
      'featurecollection-wrong-case.geojson',
      'many-bad-positions-said-once.geojson',
      'single-feature-missing-properties.geojson',
      'feature-without-id-no-repetition.geojson',
      'bbox-odd-length.geojson',
      'bbox-with-string.geojson',
      'empty-positions-counted.geojson',
      'one-bad-feature-among-good.geojson'
    ])
      expect(names).toContain(name);
  });
  it.each(LOCALES.flatMap((locale) => names.map((name) => [locale, name] as const)))(
    '%s: %s',
    (locale, name) => {
      const result = importText(readFileSync(FIXTURES + name, 'utf8'), options(name, locale));
      if (result.ok) throw new Error(`${name} was accepted`);
      expect(result.messages.length).toBeGreaterThan(0);
      const text = result.messages.join('\n') + '\n';
      const expectedFile = expectedPath(FIXTURES, name, locale);
      if (REGEN || !existsSync(expectedFile)) writeFileSync(expectedFile, text);
      expect(text).toBe(readFileSync(expectedFile, 'utf8'));
    }
  );
});

describe('each repairable fixture is accepted with one note per kind of repair', () => {
  const names = readdirSync(REPAIRED).filter((name) => /\.(geo)?json$/.test(name));
  it.each(LOCALES.flatMap((locale) => names.map((name) => [locale, name] as const)))(
    '%s: %s',
    (locale, name) => {
      const result = importText(readFileSync(REPAIRED + name, 'utf8'), options(name, locale));
      if (!result.ok) throw new Error(result.messages.join('\n'));
      expect(result.notes.length).toBeGreaterThan(0);
      const text = result.notes.join('\n') + '\n';
      const expectedFile = expectedPath(REPAIRED, name, locale);
      if (REGEN || !existsSync(expectedFile)) writeFileSync(expectedFile, text);
      expect(text).toBe(readFileSync(expectedFile, 'utf8'));
    }
  );
});

describe('messages are specific', () => {
  it('valid JSON that is not GeoJSON never says "Invalid JSON"', () => {
    for (const name of ['not-geojson.json', 'not-geojson-array.json', 'topojson.json']) {
      const result = importText(readFileSync(FIXTURES + name, 'utf8'), options(name));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.messages.join('\n')).not.toMatch(/invalid JSON|not valid JSON/i);
    }
  });
  it('an empty collection says it has no features, nothing about coordinates', () => {
    const result = importText('{"type":"FeatureCollection","features":[]}', options('empty.geojson'));
    expect(result).toEqual({
      ok: false,
      messages: ['empty.geojson: contains no features; there is nothing to add to the map']
    });
  });
  it('lists at most 20 problems, then how many more', () => {
    const result = importText(
      readFileSync(FIXTURES + 'many-problems.geojson', 'utf8'),
      options('many.geojson')
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages).toHaveLength(21);
    expect(result.messages[20]).toBe('…and 10 more problems');
    expect(result.messages[3]).toContain('features[3].geometry.coordinates');
  });
});

describe('the valid user fixtures import', () => {
  // Valid GeoJSON, but with nothing to draw: the import refuses these (see the fixtures above).
  const nothingToDraw = ['empty-collection.geojson', 'null-geometry.geojson'];
  it.each(readdirSync(USER_VALID).filter((name) => !nothingToDraw.includes(name)))('%s', (name) => {
    const result = importText(readFileSync(USER_VALID + name, 'utf8'), options(name));
    expect(result.ok ? [] : result.messages).toEqual([]);
  });
});

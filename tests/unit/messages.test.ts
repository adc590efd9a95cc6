import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/data/schema';

const read = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI messages', () => {
  const english = read('en');
  const keys = Object.keys(english).filter((key) => !key.startsWith('$'));

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has every English message, none empty, with the same placeholders',
    (locale) => {
      const translated = read(locale);
      expect(
        Object.keys(translated)
          .filter((key) => !key.startsWith('$'))
          .sort()
      ).toEqual([...keys].sort());
      for (const key of keys) {
        expect(translated[key]?.trim(), key).not.toBe('');
        expect(placeholders(translated[key]!), key).toEqual(placeholders(english[key]!));
      }
    }
  );

  // The import's words reach the reader from the worker, where nothing would show a message left in English.
  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s words every import message itself', (locale) => {
    const translated = read(locale);
    const importKeys = keys.filter((key) => key.startsWith('import_'));
    expect(importKeys.length).toBeGreaterThan(50);
    for (const key of importKeys) expect(translated[key], key).not.toBe(english[key]);
  });
});

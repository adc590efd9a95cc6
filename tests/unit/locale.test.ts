import { describe, expect, it } from 'vitest';
import {
  hashWithLocale,
  initialLocale,
  localeFromHash,
  localeFromLanguages,
  localeFromPath,
  pathOfLocale
} from '../../src/i18n/locale';
import { formatPermalink, parsePermalink } from '../../src/state/permalink';

describe('the locale from the browser', () => {
  it('speaks Spanish to any Spanish (es-VE, es-419, es) and English to the rest', () => {
    expect(localeFromLanguages(['es-VE', 'en-US'])).toBe('es');
    expect(localeFromLanguages(['es-419'])).toBe('es');
    expect(localeFromLanguages(['ES'])).toBe('es');
    expect(localeFromLanguages(['en-GB', 'es'])).toBe('en');
    expect(localeFromLanguages(['de-DE', 'fr'])).toBe('en');
    expect(localeFromLanguages([])).toBe('en');
  });

  it('takes the first language the map speaks, in the reader’s order', () => {
    expect(localeFromLanguages(['pt-BR', 'es-VE', 'en'])).toBe('es');
    expect(localeFromLanguages(['pt-BR', 'en', 'es'])).toBe('en');
  });
});

describe('the locale from the link', () => {
  it('a link’s lang= wins over the browser, so a shared link opens in the sender’s language', () => {
    expect(initialLocale('#map=5/10/-66&lang=es', ['en-US'])).toBe('es');
    expect(initialLocale('#lang=en', ['es-VE'])).toBe('en');
    expect(initialLocale('', ['es-VE'])).toBe('es');
  });

  it('ignores a language the map does not speak, or garbage', () => {
    expect(localeFromHash('#lang=fr')).toBeUndefined();
    expect(localeFromHash('#lang=')).toBeUndefined();
    expect(localeFromHash('#lang=es-VE')).toBeUndefined();
    expect(initialLocale('#lang=%E0%A4%A', ['es'])).toBe('es');
  });

  it('switching changes only lang=, leaving the view, layers and selection as they were', () => {
    const hash = '#map=6.5/9.2/-64.1&layers=miraflores&feature=miraflores&measure=-66.9,10.5;-67,10&lang=es';
    expect(hashWithLocale(hash, 'en')).toBe(
      '#map=6.5/9.2/-64.1&layers=miraflores&feature=miraflores&measure=-66.9,10.5;-67,10&lang=en'
    );
    expect(hashWithLocale('', 'es')).toBe('#lang=es');
    expect(hashWithLocale('#', 'en')).toBe('#lang=en');
  });
});

describe('lang in the permalink', () => {
  const known = { layerIds: new Set(['miraflores']) };

  it('round-trips, last in the hash', () => {
    const hash = formatPermalink(
      { view: { center: [-66, 10], zoom: 5, bearing: 0, pitch: 0 }, lang: 'es' },
      []
    );
    expect(hash).toBe('#map=5/10/-66&lang=es');
    expect(parsePermalink(hash, known).lang).toBe('es');
    expect(parsePermalink('#lang=en', known).lang).toBe('en');
  });

  it('drops an unknown language and keeps the rest of the link', () => {
    const parsed = parsePermalink('#map=5/10/-66&lang=xx&feature=miraflores', known);
    expect(parsed.lang).toBeUndefined();
    expect(parsed.feature).toBe('miraflores');
    expect(formatPermalink({}, [])).toBe('');
  });
});

describe('the locale from the page path', () => {
  it('/es/ is the Spanish page; / stands for no language, so the browser decides there', () => {
    expect(localeFromPath('/es/')).toBe('es');
    expect(localeFromPath('/es/index.html')).toBe('es');
    expect(localeFromPath('/map/es/', '/map/')).toBe('es');
    expect(localeFromPath('/')).toBeUndefined();
    expect(localeFromPath('/en/')).toBeUndefined();
    expect(localeFromPath('/fr/')).toBeUndefined();
    expect(localeFromPath('/es/', '/map/')).toBeUndefined();
    expect(initialLocale('', ['en-US'], '/es/')).toBe('es');
    expect(initialLocale('', ['es-VE'], '/')).toBe('es');
    // A link's lang= still wins: it is what the sender chose.
    expect(initialLocale('#lang=en', ['es-VE'], '/es/')).toBe('en');
  });

  it('each language’s page path, under the base', () => {
    expect(pathOfLocale('en')).toBe('/');
    expect(pathOfLocale('es')).toBe('/es/');
    expect(pathOfLocale('es', '/map/')).toBe('/map/es/');
    expect(localeFromPath(pathOfLocale('es', '/map/'), '/map/')).toBe('es');
  });
});

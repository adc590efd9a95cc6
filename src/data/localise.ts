/**
 * The story in the reader's language: English-shaped copies of features and the manifest with the
 * translated text (`i18n`, see schema.ts) swapped in, so the UI reads one shape whatever the locale. Pure;
 * a text without a usable translation stays English, field by field, so a gap never blanks the panel.
 */
import type {
  Locale,
  Manifest,
  Quote,
  SituationCollection,
  SituationProperties,
  TranslatedLocale
} from './schema';

type Loose = Record<string, unknown>;

function isLoose(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The translation object for `locale`, or undefined when there is none to use. */
function translationOf(value: { i18n?: unknown }, locale: TranslatedLocale): Loose | undefined {
  const i18n = value.i18n;
  const translated = isLoose(i18n) ? i18n[locale] : undefined;
  return isLoose(translated) ? translated : undefined;
}

/** The translated array when it mirrors `english` (same length), else undefined: never misaligned. */
function mirror(english: unknown, translated: unknown): Loose[] | undefined {
  if (!Array.isArray(english) || !Array.isArray(translated) || translated.length !== english.length)
    return undefined;
  return translated.map((item: unknown) => (isLoose(item) ? item : {}));
}

/** Copies `english` without `i18n`, with each of `keys` replaced by its translation when there is one. */
function swapped<T extends object>(english: T, translated: Loose | undefined, keys: readonly string[]): T {
  const copy = { ...english } as Loose;
  delete copy['i18n'];
  for (const key of keys) {
    const value = text(translated?.[key]);
    if (value !== undefined) copy[key] = value;
  }
  return copy as T;
}

function localiseQuote(quote: Quote, translated: Loose): Quote {
  const {
    translation: english,
    translationNote: englishNote,
    ...copy
  } = swapped(quote, translated, ['speaker', 'context']);
  // A quote already in the reader's language needs no translation (not even the English one).
  if (translated['sameLanguage'] === true) return copy;
  const translation = text(translated['translation']);
  const note = text(translated['note']);
  if (translation === undefined)
    return { ...copy, ...(english !== undefined && { translation: english, translationNote: englishNote }) };
  return { ...copy, translation, ...(note !== undefined && { translationNote: note }) };
}

/**
 * A feature's properties in `locale`: name, summary, geometry source, events, quote speakers and contexts;
 * a quote keeps its `text` and gains `translation` (and `translationNote`). The result carries no `i18n`.
 */
export function localiseFeature<P extends SituationProperties>(properties: P, locale: Locale): P {
  if (locale === 'en') return properties;
  const translated = translationOf(properties, locale);
  const copy = swapped(properties, translated, ['name', 'summary', 'geometrySource']);
  const dates = mirror(properties.dates, translated?.['dates']);
  if (dates) copy.dates = properties.dates.map((entry, i) => swapped(entry, dates[i], ['event']));
  const quotes = mirror(properties.quotes, translated?.['quotes']);
  if (quotes && properties.quotes)
    copy.quotes = properties.quotes.map((quote, i) => localiseQuote(quote, quotes[i] ?? {}));
  return copy;
}

/** A layer's features in `locale` (geometries shared, not copied). */
export function localiseCollection<C extends SituationCollection>(collection: C, locale: Locale): C {
  if (locale === 'en') return collection;
  return {
    ...collection,
    features: collection.features.map((feature) =>
      isLoose(feature.properties)
        ? { ...feature, properties: localiseFeature(feature.properties, locale) }
        : feature
    )
  };
}

/** The manifest in `locale`: title, subtitle, each layer's title, description and attribution, the glossary. */
export function localiseManifest<M extends Manifest>(manifest: M, locale: Locale): M {
  if (locale === 'en') return manifest;
  const translated = translationOf(manifest, locale);
  const copy = swapped(manifest, translated, ['title', 'subtitle']);
  copy.layers = manifest.layers.map((layer) =>
    swapped(layer, translationOf(layer, locale), ['title', 'description', 'attribution'])
  );
  // The glossary is optional in the manifest (ui-panels adds it); read it loosely.
  const glossary = (manifest as { glossary?: unknown }).glossary;
  const entries = mirror(glossary, translated?.['glossary']);
  if (entries && Array.isArray(glossary))
    (copy as Loose)['glossary'] = glossary.map((entry: unknown, i) =>
      isLoose(entry) ? swapped(entry, entries[i], ['term', 'explanation']) : entry
    );
  return copy;
}

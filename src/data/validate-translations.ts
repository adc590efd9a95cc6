/**
 * The translation rule: the manifest, each layer entry and each feature carry their text in every translated
 * locale (`i18n.es`, see schema.ts) beside the English. Two kinds of finding: faults (a malformed `i18n`, an
 * array that does not mirror the English one) always fail; gaps (text not yet translated) are listed, and fail
 * only when translations are required.
 */
import { TRANSLATED_LOCALES } from './schema';
import { describe, isRecord, type Fault } from './problems';

/** On once every layer in geodata/ is translated: from then on `npm run validate` fails on a gap. */
export const TRANSLATIONS_REQUIRED = true;

export interface TranslationFindings {
  faults: Fault[];
  gaps: Fault[];
}

/** What an object's translation holds: required texts, optional texts, and arrays mirroring English ones. */
interface Shape {
  texts: string[];
  optional?: string[];
  /** Optional texts required when the English object has them (a quote's context). */
  whenEnglish?: string[];
  /** A flag that, when true, says the words are already in this language: `texts` are then not given. */
  sameLanguage?: string;
  lists?: Record<string, Shape>;
}

const QUOTE: Shape = {
  texts: ['translation'],
  optional: ['note', 'speaker'],
  whenEnglish: ['context'],
  sameLanguage: 'sameLanguage'
};
const FEATURE: Shape = {
  texts: ['name', 'summary', 'geometrySource'],
  lists: { dates: { texts: ['event'] }, quotes: QUOTE }
};
const LAYER: Shape = { texts: ['title', 'description'], optional: ['attribution'] };
const MANIFEST: Shape = {
  texts: ['title', 'subtitle'],
  lists: { glossary: { texts: ['term', 'explanation'] } }
};

function keysOf(shape: Shape): string[] {
  return [
    ...shape.texts,
    ...(shape.whenEnglish ?? []),
    ...(shape.optional ?? []),
    ...Object.keys(shape.lists ?? {})
  ];
}

/** What an untranslated object still needs, for the one message that names it. */
function needs(english: Record<string, unknown>, shape: Shape): string {
  const texts = [...shape.texts, ...(shape.whenEnglish ?? []).filter((key) => english[key] !== undefined)];
  const lists = Object.keys(shape.lists ?? {}).flatMap((key) => {
    const items = english[key];
    return Array.isArray(items) && items.length > 0 ? [`${key} (${items.length})`] : [];
  });
  return [...texts, ...lists].join(', ');
}

/** Checks `translated` (the text in one locale at `path`) against its English object. */
function shapeFindings(
  english: Record<string, unknown>,
  translated: unknown,
  path: string,
  shape: Shape,
  into: TranslationFindings
): void {
  if (translated === undefined) {
    into.gaps.push({ path, message: `is missing (to translate: ${needs(english, shape)})` });
    return;
  }
  if (!isRecord(translated)) {
    into.faults.push({ path, message: `must be an object, got ${describe(translated)}` });
    return;
  }
  const known = keysOf(shape);
  const flag = shape.sameLanguage;
  const same = flag !== undefined && translated[flag] === true;
  if (flag !== undefined && translated[flag] !== undefined && !same)
    into.faults.push({
      path: `${path}.${flag}`,
      message: `must be true or left out, got ${describe(translated[flag])}`
    });
  for (const key of Object.keys(translated))
    if (key === flag) continue;
    else if (same && shape.texts.includes(key))
      into.faults.push({
        path: `${path}.${key}`,
        message: `is not needed: "${flag}" says the words are already in this language`
      });
    else if (!known.includes(key))
      into.faults.push({
        path: `${path}.${key}`,
        message: `is not a translatable field here (${[...known, ...(flag ? [flag] : [])].join(', ')})`
      });
  const required = [
    ...(same ? [] : shape.texts),
    ...(shape.whenEnglish ?? []).filter((key) => english[key] !== undefined)
  ];
  for (const key of known) {
    if (shape.lists?.[key]) continue;
    const value = translated[key];
    if (value === undefined) {
      if (required.includes(key))
        into.gaps.push({ path: `${path}.${key}`, message: 'is missing (its translation is needed)' });
    } else if (typeof value !== 'string' || value.trim() === '')
      into.faults.push({
        path: `${path}.${key}`,
        message: `must be a non-empty string, got ${describe(value)}`
      });
    else if (english[key] === undefined && !shape.texts.includes(key) && !shape.optional?.includes(key))
      into.faults.push({
        path: `${path}.${key}`,
        message: 'translates nothing: the English has no such field'
      });
  }
  for (const [key, itemShape] of Object.entries(shape.lists ?? {}))
    listFindings(english[key], translated[key], `${path}.${key}`, key, itemShape, into);
}

/** A translated array mirrors the English one: one entry per English entry, in the same order. */
function listFindings(
  english: unknown,
  translated: unknown,
  path: string,
  key: string,
  shape: Shape,
  into: TranslationFindings
): void {
  const items = Array.isArray(english) ? english : [];
  if (translated === undefined) {
    if (items.length > 0)
      into.gaps.push({
        path,
        message: `is missing (${items.length} ${items.length === 1 ? 'entry' : 'entries'}, one per English ${key} entry)`
      });
    return;
  }
  if (!Array.isArray(translated)) {
    into.faults.push({ path, message: `must be an array, got ${describe(translated)}` });
    return;
  }
  if (translated.length !== items.length) {
    into.faults.push({
      path,
      message: `has ${translated.length} entries but the English ${key} has ${items.length}; give one per English entry, in the same order`
    });
    return;
  }
  translated.forEach((item, i) => {
    const englishItem: unknown = items[i];
    shapeFindings(isRecord(englishItem) ? englishItem : {}, item, `${path}[${i}]`, shape, into);
  });
}

/** The `i18n` member of an English object: one translation per translated locale, no other keys. */
function i18nFindings(english: Record<string, unknown>, path: string, shape: Shape): TranslationFindings {
  const into: TranslationFindings = { faults: [], gaps: [] };
  const i18n = english['i18n'];
  if (i18n !== undefined && !isRecord(i18n)) {
    into.faults.push({
      path: `${path}i18n`,
      message: `must be an object keyed by locale, got ${describe(i18n)}`
    });
    return into;
  }
  for (const key of Object.keys(i18n ?? {}))
    if (!(TRANSLATED_LOCALES as readonly string[]).includes(key))
      into.faults.push({
        path: `${path}i18n.${key}`,
        message:
          key === 'en'
            ? 'English is the base text, not a translation: keep it in the fields themselves'
            : `is not a translated locale (${TRANSLATED_LOCALES.join(', ')})`
      });
  for (const locale of TRANSLATED_LOCALES)
    shapeFindings(english, i18n?.[locale], `${path}i18n.${locale}`, shape, into);
  return into;
}

/** A feature's translation findings; `path` is e.g. `features[3].properties`. */
export function featureTranslationFindings(properties: unknown, path: string): TranslationFindings {
  return isRecord(properties) ? i18nFindings(properties, `${path}.`, FEATURE) : { faults: [], gaps: [] };
}

/** The manifest's and its layer entries' translation findings. */
export function manifestTranslationFindings(manifest: unknown): TranslationFindings {
  if (!isRecord(manifest)) return { faults: [], gaps: [] };
  const findings = i18nFindings(manifest, '', MANIFEST);
  const layers = manifest['layers'];
  if (Array.isArray(layers))
    layers.forEach((layer: unknown, index) => {
      if (!isRecord(layer)) return;
      const { faults, gaps } = i18nFindings(layer, `layers[${index}].`, LAYER);
      findings.faults.push(...faults);
      findings.gaps.push(...gaps);
    });
  return findings;
}

/**
 * The timeline merges an event told on several features (same date, same English words); their
 * translations must match too, or the translated timeline would show it twice. `seen` spans all layers.
 */
export function sharedEventFaults(
  properties: unknown,
  path: string,
  where: string,
  seen: Map<string, { text: string; where: string }>
): Fault[] {
  if (!isRecord(properties) || !Array.isArray(properties['dates']) || !isRecord(properties['i18n']))
    return [];
  const english: unknown[] = properties['dates'];
  const faults: Fault[] = [];
  for (const locale of TRANSLATED_LOCALES) {
    const translated = properties['i18n'][locale];
    const dates = isRecord(translated) ? translated['dates'] : undefined;
    if (!Array.isArray(dates) || dates.length !== english.length) continue;
    english.forEach((entry, i) => {
      const text: unknown = isRecord(dates[i]) ? dates[i]['event'] : undefined;
      if (!isRecord(entry) || typeof entry['event'] !== 'string' || typeof text !== 'string') return;
      const key = `${locale}\n${String(entry['date'])}\n${entry['event'].trim()}`;
      const earlier = seen.get(key);
      if (!earlier) seen.set(key, { text: text.trim(), where });
      else if (earlier.text !== text.trim())
        faults.push({
          path: `${path}.i18n.${locale}.dates[${i}].event`,
          message: `translates the event also told on ${earlier.where} differently; the merged timeline needs the same words`
        });
    });
  }
  return faults;
}

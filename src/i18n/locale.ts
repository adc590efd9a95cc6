/**
 * Which language the page speaks: the link's `lang=` first (a shared link opens in the sender's language),
 * then the browser's preferences, then English. Pure, so the rules have Node tests. Below the state floor:
 * the data loader and the permalink both use it.
 */
import { LOCALES, type Locale } from '../data/schema';

export function isLocale(text: unknown): text is Locale {
  return typeof text === 'string' && (LOCALES as readonly string[]).includes(text);
}

/** The first of the reader's languages the map speaks ('es-VE' → 'es'); English when none is. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.split(/[-_]/)[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

/** The hash's `lang=`, when it names a language the map speaks. */
export function localeFromHash(hash: string): Locale | undefined {
  let lang: string | null = null;
  try {
    lang = new URLSearchParams(hash.replace(/^#/, '')).get('lang');
  } catch {
    return undefined;
  }
  return isLocale(lang) ? lang : undefined;
}

export function initialLocale(hash: string, languages: readonly string[]): Locale {
  return localeFromHash(hash) ?? localeFromLanguages(languages);
}

/** The same hash with `lang=` set to `locale`, every other part left exactly as it was. */
export function hashWithLocale(hash: string, locale: Locale): string {
  // Split by hand: URLSearchParams would re-encode the view's slashes and the measure's commas.
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('lang='));
  return `#${[...rest, `lang=${locale}`].join('&')}`;
}

/**
 * Which language the page speaks: the link's `lang=` first (a shared link opens in the sender's language),
 * then the page's own path (`/es/` is the Spanish page), then the browser's preferences, then English. Pure, so the rules have Node tests. Below the state floor:
 * the data loader and the permalink both use it.
 */
// With its extension: the build's config (scripts/vite/page-text.ts) loads this file too.
import { LOCALES, type Locale } from '../data/schema.ts';

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

/** The language a page path stands for: `/es/` (under the app's `base`) is Spanish; `/` stands for none. */
export function localeFromPath(pathname: string, base = '/'): Locale | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const first = pathname.slice(base.length).split('/')[0];
  return first !== 'en' && isLocale(first) ? first : undefined;
}

/** The page path of a language: `/` for English, `/es/` for Spanish (each prerendered in its language). */
export function pathOfLocale(locale: Locale, base = '/'): string {
  return locale === 'en' ? base : `${base}${locale}/`;
}

export function initialLocale(
  hash: string,
  languages: readonly string[],
  pathname = '/',
  base = '/'
): Locale {
  return localeFromHash(hash) ?? localeFromPath(pathname, base) ?? localeFromLanguages(languages);
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

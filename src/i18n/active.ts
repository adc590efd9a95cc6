/**
 * The page's language, decided once before anything renders (src/i18n/locale.ts), and the switch. Message
 * functions (./paraglide, compiled from messages/*.json) read it through getLocale. Outside a browser (Node
 * tests) it is English.
 */
import type { Locale } from '../data/schema';
import { hashWithLocale, initialLocale, pathOfLocale } from './locale';
import { overwriteGetLocale } from './paraglide/runtime.js';

const inBrowser = typeof window !== 'undefined' && typeof navigator !== 'undefined';

/** The language a build-time render speaks (scripts/vite/prerender.ts defines it per page). */
declare const __PRERENDER_LOCALE__: Locale | undefined;

export const locale: Locale = inBrowser
  ? initialLocale(
      window.location.hash,
      navigator.languages,
      window.location.pathname,
      import.meta.env.BASE_URL
    )
  : typeof __PRERENDER_LOCALE__ === 'undefined'
    ? 'en'
    : __PRERENDER_LOCALE__;

overwriteGetLocale(() => locale);
if (inBrowser) document.documentElement.lang = locale;

/**
 * Another language is another page (each prerendered in its language, with its own layer files), opened
 * with the same hash and `lang=` changed: the view, layers, selection and date come back from the hash.
 */
export function switchLocale(next: Locale) {
  if (next === locale) return;
  const { search, hash } = window.location;
  window.location.replace(
    `${pathOfLocale(next, import.meta.env.BASE_URL)}${search}${hashWithLocale(hash, next)}`
  );
}

/**
 * The page's language, decided once before anything renders (src/i18n/locale.ts), and the switch. Message
 * functions (./paraglide, compiled from messages/*.json) read it through getLocale. Outside a browser (Node
 * tests) it is English.
 */
import type { Locale } from '../data/schema';
import { hashWithLocale, initialLocale } from './locale';
import { overwriteGetLocale } from './paraglide/runtime.js';

const inBrowser = typeof window !== 'undefined' && typeof navigator !== 'undefined';

export const locale: Locale = inBrowser ? initialLocale(window.location.hash, navigator.languages) : 'en';

overwriteGetLocale(() => locale);
if (inBrowser) document.documentElement.lang = locale;

/**
 * The story is localised as it loads, so another language is a reload of the same link with `lang=`
 * changed: the view, layers, selection and date come back from the hash.
 */
export function switchLocale(next: Locale) {
  if (next === locale) return;
  const { pathname, search, hash } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}${hashWithLocale(hash, next)}`);
  window.location.reload();
}

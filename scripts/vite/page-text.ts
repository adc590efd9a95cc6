/**
 * Vite plugin: the page's own words (meta description, share card) come from messages/*.json like the rest
 * of the interface: index.html names them `%page_…%`. It also adds the `hreflang` links by which each
 * language's page (scripts/vite/prerender.ts) names the others. localisedPageText() makes another language's
 * page from the English one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { LOCALES, type Locale } from '../../src/data/schema.ts';
import { pathOfLocale } from '../../src/i18n/locale.ts';

const MESSAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../messages');
const PLACEHOLDER = /%(page_[a-z_]+)%/g;

const read = new Map<Locale, Record<string, string>>();
function messages(locale: Locale): Record<string, string> {
  let words = read.get(locale);
  if (!words) {
    words = JSON.parse(readFileSync(path.join(MESSAGES, `${locale}.json`), 'utf8')) as Record<string, string>;
    read.set(locale, words);
  }
  return words;
}

/** Text as an attribute value: these strings go into content="…". */
const attribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function pageWord(locale: Locale, key: string): string {
  const text = messages(locale)[key];
  if (typeof text !== 'string') throw new Error(`page-text: messages/${locale}.json has no "${key}"`);
  return attribute(text);
}

/**
 * `<link rel="alternate" hreflang>` for every language and x-default, under the site URL (.env). Added as
 * tags after Vite has processed the page, which would otherwise take `/` for a file to bundle.
 */
function alternates(site: string): HtmlTagDescriptor[] {
  const links = [
    ...LOCALES.map((locale) => [locale, pathOfLocale(locale, site)] as const),
    ['x-default', pathOfLocale('en', site)] as const
  ];
  return links.map(([hreflang, href]) => ({
    tag: 'link',
    attrs: { rel: 'alternate', hreflang, href },
    injectTo: 'head'
  }));
}

export function pageText(): Plugin[] {
  let site = '/';
  return [
    {
      name: 'page-text',
      configResolved(config) {
        site = (config.env['VITE_SITE_URL'] as string | undefined) || config.base;
      },
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace(PLACEHOLDER, (_all, key: string) => pageWord('en', key))
      }
    },
    {
      name: 'page-text:alternates',
      transformIndexHtml: { order: 'post', handler: () => alternates(site) }
    }
  ];
}

/** The English page's `%page_…%` texts (now in content="…") swapped for `locale`'s. */
export function localisedPageText(page: string, locale: Locale): string {
  let out = page;
  for (const key of Object.keys(messages('en')).filter((key) => key.startsWith('page_'))) {
    const from = `content="${pageWord('en', key)}"`;
    if (!out.includes(from)) continue;
    out = out.replaceAll(from, () => `content="${pageWord(locale, key)}"`);
  }
  return out;
}

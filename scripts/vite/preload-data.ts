/**
 * Vite plugin: the built page preloads every situation layer file in its language, so they download in
 * parallel with the script instead of after it has run (src/data/load.ts then fetches them from the
 * preload). The layer files are hashed assets (scripts/vite/situation-files.ts), known only once the bundle
 * is written, hence a plugin rather than tags in index.html; plain <link> tags, so the Content-Security-Policy
 * (no inline script) is untouched. The basemap is not preloaded: its tiles are fetched by MapLibre's worker,
 * which a page's preload cannot serve. The Spanish page swaps these for its own (scripts/vite/prerender.ts).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { Locale } from '../../src/data/schema.ts';
import { localisedFiles } from './situation-files.ts';

/** The page's preload links for `files` (emitted file names). */
export function preloadTags(files: Iterable<string>, base: string): HtmlTagDescriptor[] {
  // `crossorigin` makes the preload's request match fetch()'s (CORS mode), so the fetch reuses it.
  return [...files].sort().map((file) => ({
    tag: 'link',
    attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: '' },
    injectTo: 'head'
  }));
}

export function preloadData(locale: Locale = 'en'): Plugin {
  let base = '/';
  return {
    name: 'preload-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return preloadTags(localisedFiles(context.bundle ?? {}, locale).values(), base);
      }
    }
  };
}

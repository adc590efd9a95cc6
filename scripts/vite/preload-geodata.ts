/**
 * Vite plugin: the built index.html preloads every situation layer file, so they download in parallel
 * with the script instead of after it has run (src/data/load.ts then fetches them from the cache).
 * The files are hashed assets, known only once the bundle is written, hence a plugin rather than tags
 * in index.html; plain <link> tags, so the Content-Security-Policy (no inline script) is untouched.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadGeodata(): Plugin {
  let base = '/';
  return {
    name: 'preload-geodata',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const tags: HtmlTagDescriptor[] = [];
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type !== 'asset') continue;
          const fromGeodata = output.originalFileNames.some(
            (name) => name.startsWith('geodata/') && name.endsWith('.geojson')
          );
          if (!fromGeodata) continue;
          // `crossorigin` makes the preload's request match fetch()'s (CORS mode), so the fetch reuses it.
          const attrs = { rel: 'preload', href: `${base}${output.fileName}`, as: 'fetch', crossorigin: '' };
          tags.push({ tag: 'link', attrs, injectTo: 'head' });
        }
        return tags.sort((a, b) => String(a.attrs!.href).localeCompare(String(b.attrs!.href)));
      }
    }
  };
}

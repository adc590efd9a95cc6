/**
 * Vite plugin: the built page preloads every situation layer file, so they download in parallel with the
 * script instead of after it has run (src/data/load.ts then fetches them from the preload). The layer files
 * are hashed assets, known only once the bundle is written, hence a plugin rather than tags in index.html;
 * plain <link> tags, so the Content-Security-Policy (no inline script) is untouched. The basemap is not
 * preloaded: its tiles are fetched by MapLibre's worker, which a page's preload cannot serve.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

export function preloadData(): Plugin {
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
        const layerFiles = Object.values(context.bundle ?? {})
          .filter(
            (output) =>
              output.type === 'asset' &&
              output.originalFileNames.some(
                (name) => name.startsWith('geodata/') && name.endsWith('.geojson')
              )
          )
          .map((output) => output.fileName)
          .sort();
        // `crossorigin` makes the preload's request match fetch()'s (CORS mode), so the fetch reuses it.
        return layerFiles.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head'
        }));
      }
    }
  };
}

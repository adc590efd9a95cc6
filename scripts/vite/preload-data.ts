/**
 * Vite plugin: the built page preloads the basemap and every situation layer file, so they download in
 * parallel with the script instead of after it has run (src/map/basemap.ts and src/data/load.ts then fetch
 * them from the preload). The layer files are hashed assets, known only once the bundle is written, hence
 * a plugin rather than tags in index.html; plain <link> tags, so the Content-Security-Policy (no inline
 * script) is untouched. The bench's baseline page is built with it too, so both load the basemap alike.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { BASEMAP_FILE } from '../../src/map/basemapFile.ts';

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
        return [BASEMAP_FILE, ...layerFiles].map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `${base}${file}`, as: 'fetch', crossorigin: '' },
          injectTo: 'head'
        }));
      }
    }
  };
}

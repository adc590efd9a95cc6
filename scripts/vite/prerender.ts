/**
 * Vite plugin (build only): the story before the script. The built index.html gets the app rendered by
 * Svelte's server renderer (title, as-of date, layers, places), styled by the bundle's CSS, and
 * src/main.ts hydrates it. The map itself is client-only: the app draws a placeholder of its size.
 * Done in transformIndexHtml, before the page is written, so the service worker precaches the final page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prerender-entry.ts');
const MOUNT_POINT = '<div id="app"></div>';

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(MOUNT_POINT)) throw new Error(`prerender: index.html has no ${MOUNT_POINT}`);
        // A throwaway SSR loader with the app's Svelte and defines, but none of the build's plugins. Svelte
        // compiles for production whatever NODE_ENV says (under Vitest it is "test"), and Svelte itself is
        // not pre-bundled: a second copy of its runtime would not see the component being rendered.
        const server = await createServer({
          configFile: false,
          root: config.root,
          mode: 'production',
          logLevel: 'error',
          plugins: [svelte({ compilerOptions: { dev: false } })],
          ssr: { optimizeDeps: { noDiscovery: true, include: [] } },
          define: config.define,
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] }
        });
        try {
          const { renderStory } = (await server.ssrLoadModule(ENTRY)) as typeof import('./prerender-entry');
          const { head, body } = renderStory(config.root);
          // The app's <svelte:head> title replaces the page's own, so that hydration finds the one it wrote.
          const page = /<title>/.test(head) ? html.replace(/<title>[^<]*<\/title>\s*/, '') : html;
          // The story is rendered in English; src/main.ts hydrates only a page in the reader's language.
          return page
            .replace(MOUNT_POINT, `<div id="app" data-prerendered="en">${body}</div>`)
            .replace('</head>', `${head}</head>`);
        } finally {
          await server.close();
        }
      }
    }
  };
}

/**
 * Vite plugin (build only): the story before the script, in each language. The built index.html gets the
 * app rendered by Svelte's server renderer (title, as-of date, layers, places) in English, and es/index.html
 * the same in Spanish, with Spanish layer files preloaded; src/main.ts hydrates either. The two pages name
 * each other (`hreflang`, added by pageText()). The map itself is client-only: the app draws a placeholder
 * of its size. Both pages are written before the service worker's precache list is made, so it has them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { LOCALES, type Locale } from '../../src/data/schema.ts';
import { pathOfLocale } from '../../src/i18n/locale.ts';
import { localisedPageText } from './page-text.ts';
import { localisedFiles } from './situation-files.ts';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'prerender-entry.ts');
const MOUNT_POINT = '<div id="app"></div>';

type Rendered = { head: string; body: string };

/** `#app` with the rendered story: `data-prerendered` says which language it is in (src/main.ts). */
const appMarkup = (locale: Locale, { body }: Rendered) =>
  `<div id="app" data-prerendered="${locale}">${body}</div>`;

/** The page with the rendered app in it. */
function fill(html: string, locale: Locale, rendered: Rendered): string {
  // The app's <svelte:head> title replaces the page's own, so that hydration finds the one it wrote.
  const page = /<title>/.test(rendered.head) ? html.replace(/<title>[^<]*<\/title>\s*/, '') : html;
  // Replacer functions: the story's text may hold `$&` and the like, which a replacement string would expand.
  return page
    .replace(MOUNT_POINT, () => appMarkup(locale, rendered))
    .replace('</head>', () => `${rendered.head}</head>`);
}

/** The English page with another language's render, `lang` and `hreflang`-neutral rest left as they are. */
function swapStory(english: string, from: Rendered, locale: Locale, to: Rendered): string {
  const body = appMarkup('en', from);
  const head = from.head; // later plugins add tags after it, before </head>
  if (!english.includes(body) || !english.includes(head))
    throw new Error('prerender: the English story was not found in index.html');
  return english
    .replace(/<html lang="en"/, `<html lang="${locale}"`)
    .replace(body, () => appMarkup(locale, to))
    .replace(head, () => to.head);
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  /** Each language's render. */
  const rendered = new Map<Locale, Rendered>();

  /** A throwaway SSR loader per language, with the app's Svelte and defines but none of the build's plugins. */
  async function render(locale: Locale): Promise<Rendered> {
    const { situationFiles } = await import('./situation-files.ts');
    const server = await createServer({
      configFile: false,
      root: config.root,
      mode: 'production',
      logLevel: 'error',
      // Svelte compiles for production whatever NODE_ENV says (under Vitest it is "test"), and Svelte itself
      // is not pre-bundled: a second copy of its runtime would not see the component being rendered.
      plugins: [svelte({ compilerOptions: { dev: false } }), situationFiles()],
      ssr: { optimizeDeps: { noDiscovery: true, include: [] } },
      define: { ...config.define, __PRERENDER_LOCALE__: JSON.stringify(locale) },
      server: { middlewareMode: true, hmr: false, ws: false },
      appType: 'custom',
      optimizeDeps: { noDiscovery: true, include: [] }
    });
    try {
      const { renderStory } = (await server.ssrLoadModule(ENTRY)) as typeof import('./prerender-entry');
      return renderStory(config.root, locale);
    } finally {
      await server.close();
    }
  }

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
        for (const locale of LOCALES) rendered.set(locale, await render(locale));
        return fill(html, 'en', rendered.get('en')!);
      }
    },
    // After every plugin has written index.html: the other languages' pages are made from it, with their own
    // story, layer files and meta text.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') throw new Error('prerender: no index.html in the bundle');
        const english = String(index.source);
        const englishFiles = localisedFiles(bundle, 'en');
        for (const locale of LOCALES) {
          if (locale === 'en') continue;
          let page = swapStory(english, rendered.get('en')!, locale, rendered.get(locale)!);
          const files = localisedFiles(bundle, locale);
          for (const [source, fileName] of englishFiles) {
            const own = files.get(source);
            if (!own) throw new Error(`prerender: no ${locale} file for ${source}`);
            page = page.replaceAll(fileName, own);
          }
          // Its own share card, the map with its labels in that language (scripts/screenshot.ts --og es/).
          page = page.replaceAll('og-image.png"', `og-image-${locale}.png"`);
          this.emitFile({
            type: 'asset',
            fileName: `${pathOfLocale(locale, '').replace(/^\//, '')}index.html`,
            source: localisedPageText(page, locale)
          });
        }
      }
    }
  };
}

/// <reference types="vitest/config" />
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { basemapTiles } from './scripts/vite/basemap-tiles.ts';
import { siteHeaders } from './scripts/vite/headers.ts';
import { pageText } from './scripts/vite/page-text.ts';
import { preloadData } from './scripts/vite/preload-data.ts';
import { prerender } from './scripts/vite/prerender.ts';
import { situationFiles } from './scripts/vite/situation-files.ts';
import { trimMapLibreCss } from './scripts/vite/trim-maplibre-css.ts';

// As a response header the CSP also covers the import worker, which a <meta> policy does not reach.
const headers = siteHeaders(fileURLToPath(new URL('./public/_headers', import.meta.url)));

export default defineConfig(({ mode, command }) => ({
  plugins: [
    svelte(),
    trimMapLibreCss(),
    // UI strings: messages/*.json compiled to src/i18n/paraglide on build and dev (npm install compiles it
    // too, for type checks). Not in Vitest's Node runs, where its project loader kept the process alive.
    // The locale is set by src/i18n/active.ts, hence no detection strategy.
    process.env.VITEST && command === 'serve'
      ? []
      : paraglideVitePlugin({
          project: './project.inlang',
          outdir: './src/i18n/paraglide',
          strategy: ['globalVariable', 'baseLocale']
        }),
    pageText(),
    situationFiles(),
    preloadData(),
    prerender(),
    basemapTiles(),
    // Offline after the first visit (README "Offline use"). Workbox globs the written build, so the basemap
    // tiles basemapTiles() emits are in the precache too; the page registers the worker itself after load
    // (src/pwa/register.ts), and a new deployment waits for the reader's "reload" (registerType: prompt).
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Caribbean situation map',
        short_name: 'Situation map',
        description: 'An offline map of the late-2025 US–Venezuela standoff, with sources for every feature.',
        theme_color: '#1d3b5c',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          // Full-bleed artwork, so the same file serves as the maskable icon.
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }
        ]
      },
      workbox: {
        // The app, its lazy chunks and worker, the layer files, the basemap (TopoJSON and tiles); the
        // manifest's icons are added by the plugin. Not the README's screenshot nor the share card.
        globPatterns: ['**/*.{js,css,html,geojson,json,pbf,webmanifest}'],
        globIgnores: ['**/node_modules/**'],
        // The first visit is not controlled; claiming it lets a reload made offline find the cache.
        clientsClaim: true,
        // Any page URL of the app (a query such as ?embed included) opens the cached page; a file's URL
        // (the share card, say) is not a page.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/[^/?]+\.[^/?]+$/],
        cleanupOutdatedCaches: true
      }
    })
  ],
  publicDir: 'public',
  server: { headers },
  preview: { headers },
  define: {
    // The map object is put on window only in the build the browser tests use (vite build --mode test).
    __EXPOSE_MAP__: JSON.stringify(mode === 'test'),
    // Only a build has a service worker (src/pwa/start.ts); the dev server serves none.
    __SERVICE_WORKER__: JSON.stringify(command === 'build')
  },
  build: {
    target: 'es2022',
    outDir: mode === 'test' ? 'dist-test' : 'dist',
    chunkSizeWarningLimit: 1200
  },
  test: {
    requireAssertions: true,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores and SwiftShader is CPU-hungry.
          fileParallelism: false
        }
      }
    ]
  }
}));

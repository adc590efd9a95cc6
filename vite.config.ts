/// <reference types="vitest/config" />
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { basemapTiles } from './scripts/vite/basemap-tiles.ts';
import { siteHeaders } from './scripts/vite/headers.ts';
import { preloadData } from './scripts/vite/preload-data.ts';

// As a response header the CSP also covers the import worker, which a <meta> policy does not reach.
const headers = siteHeaders(fileURLToPath(new URL('./public/_headers', import.meta.url)));

export default defineConfig(({ mode }) => ({
  plugins: [svelte(), preloadData(), basemapTiles()],
  publicDir: 'public',
  server: { headers },
  preview: { headers },
  define: {
    // The map object is put on window only in the build the browser tests use (vite build --mode test).
    __EXPOSE_MAP__: JSON.stringify(mode === 'test')
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

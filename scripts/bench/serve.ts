/**
 * Builds the app and the baseline page, and serves each with Vite's preview server on loopback.
 * The servers gzip what they send (a static host would), so the slow-network timings see gzip sizes.
 */
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type InlineConfig, type Plugin } from 'vite';
import { basemapTiles } from '../vite/basemap-tiles.ts';
import { preloadData } from '../vite/preload-data.ts';
import { situationFiles } from '../vite/situation-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Own folders, so that the browser tests rebuilding dist-test/ mid-run cannot pull files from under us. */
const APP_OUT_DIR = join(ROOT, 'dist-bench/app');
const BASELINE_OUT_DIR = join(ROOT, 'dist-bench/baseline');
export const BASELINE_PAGE = 'baseline.html';
/** The Leaflet peer, built and served with the baseline (same basemap, same layer files). */
export const LEAFLET_PAGE = 'leaflet.html';

/** Rolldown's plugin-timing notes are about the build, not the app: left out of the bench's output. */
const QUIET_BUILD = { rolldownOptions: { checks: { bundlerTimings: false } } };

/**
 * `vite build --mode test`: the same build as production (same config, same minification and chunks)
 * except that `__EXPOSE_MAP__` is true, so the map is put on `window.__map` for the measurements.
 */
function appConfig(): InlineConfig {
  return {
    root: ROOT,
    mode: 'test',
    logLevel: 'warn',
    build: { ...QUIET_BUILD, outDir: APP_OUT_DIR, emptyOutDir: true }
  };
}

export async function buildApp(): Promise<void> {
  await build(appConfig());
}

function baselineConfig(): InlineConfig {
  return {
    configFile: false,
    root: join(ROOT, 'scripts/bench'),
    // As in the app: the same basemap tiles, and the same preloading (of layer files, for `#with-layers`).
    plugins: [situationFiles({ geodata: join(ROOT, 'geodata') }), preloadData(), basemapTiles()],
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: BASELINE_OUT_DIR,
      emptyOutDir: true,
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        ...QUIET_BUILD.rolldownOptions,
        input: [BASELINE_PAGE, LEAFLET_PAGE].map((page) => join(ROOT, 'scripts/bench', page))
      }
    }
  };
}

export async function buildBaseline(): Promise<void> {
  await build(baselineConfig());
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.pbf': 'application/x-protobuf'
};

/** Serves the build's text files gzipped (compressed once, then cached); anything else falls through. */
function gzipStatic(outDir: string): Plugin {
  const cache = new Map<string, Buffer>();
  const middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const type = CONTENT_TYPES[extname(file)];
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const isFile = file.startsWith(outDir + sep) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (request.method !== 'GET' || !type || !acceptsGzip || !isFile) return next();
    let body = cache.get(file);
    if (!body) cache.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache'
    });
    response.end(body);
  };
  return {
    name: 'bench-gzip-static',
    configurePreviewServer: (server) => void server.middlewares.use(middleware)
  };
}

export interface Served {
  url: string;
  close: () => Promise<void>;
}

async function serve(config: InlineConfig, outDir: string, page: string): Promise<Served> {
  const server = await preview({
    ...config,
    plugins: [...(config.plugins ?? []), gzipStatic(outDir)],
    preview: { host: '127.0.0.1', port: 0, strictPort: false }
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/${page}`, close: () => server.close() };
}

export function serveApp(): Promise<Served> {
  return serve(appConfig(), APP_OUT_DIR, '');
}

export function serveBaseline(): Promise<Served> {
  return serve(baselineConfig(), BASELINE_OUT_DIR, BASELINE_PAGE);
}

/**
 * First-load bytes by kind. Vite's preview server does not compress, so each response body is gzipped
 * here (level 9) to stand for what a static host that gzips would send. The first load is everything the
 * page fetches until the map is drawn and the network has then been quiet for a second (page.ts): chunks
 * loaded just after drawing count too. A service worker's own fetches (a precache) are counted apart.
 */
import { gzipSync } from 'node:zlib';

export const BYTE_KINDS = ['js', 'css', 'basemap', 'situation', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];
export type BytesByKind = Record<ByteKind | 'total' | 'afterDrawn' | 'serviceWorker', number>;

export function classifyResponse(url: string, contentType = ''): ByteKind {
  const path = new URL(url).pathname;
  if (path.endsWith('/basemap.topo.json') || path.includes('/basemap-tiles/')) return 'basemap';
  // Layer files are emitted by Vite as hashed assets; geodata/ is the folder they come from.
  if (/^\/(assets|geodata)\/.+\.(geojson|json)$/.test(path)) return 'situation';
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'js';
  if (path.endsWith('.css') || contentType.includes('text/css')) return 'css';
  return 'other';
}

export function gzipSize(body: Uint8Array): number {
  return gzipSync(body, { level: 9 }).length;
}

export interface LoadedResponse {
  url: string;
  contentType?: string;
  gzipBytes: number;
  /** Received after the map was drawn (still part of the first load, and of `total`). */
  afterDrawn?: boolean;
  /** Fetched by a service worker, not by the page: counted in `serviceWorker` only. */
  byServiceWorker?: boolean;
}

/** Only what crossed the network counts: MapLibre's worker, for one, is started from a blob: URL the
 * page made from the script it already has, and Chromium reports that as a response too. */
export function overNetwork(url: string): boolean {
  return /^https?:/.test(url);
}

export function bytesByKind(responses: readonly LoadedResponse[]): BytesByKind {
  const totals: BytesByKind = {
    js: 0,
    css: 0,
    basemap: 0,
    situation: 0,
    other: 0,
    total: 0,
    afterDrawn: 0,
    serviceWorker: 0
  };
  for (const response of responses) {
    if (!overNetwork(response.url)) continue;
    if (response.byServiceWorker) {
      totals.serviceWorker += response.gzipBytes;
      continue;
    }
    totals[classifyResponse(response.url, response.contentType)] += response.gzipBytes;
    totals.total += response.gzipBytes;
    if (response.afterDrawn) totals.afterDrawn += response.gzipBytes;
  }
  return totals;
}

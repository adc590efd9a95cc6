/**
 * A "next deployment" for the offline test: a second test build in which one layer changed, served on the
 * same origin as the first to a browser holding the cookie `deployment=next` — as a host would serve new
 * files in place of the old. Routing cannot do this: the browser's own check for a new service worker
 * script never passes through Playwright's routes.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { situationFiles } from '../../scripts/vite/situation-files';

export const NEXT_DIR = resolve('dist-test-next');
export const NEXT_COOKIE = { name: 'deployment', value: 'next' };
export const CHANGED_SENTENCE = 'This sentence arrived with the next deployment.';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
};

/** Preview-server plugin: answers requests carrying the cookie from NEXT_DIR, once it has been built. */
export function nextDeployment(): Plugin {
  return {
    name: 'next-deployment',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const cookie = `${NEXT_COOKIE.name}=${NEXT_COOKIE.value}`;
        if (!request.headers.cookie?.split('; ').includes(cookie) || !existsSync(NEXT_DIR)) return next();
        const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!);
        let file = join(NEXT_DIR, path);
        // Outside the folder, a folder or nothing: the page, as the preview server's SPA fallback does.
        if (!file.startsWith(NEXT_DIR) || !existsSync(file) || !statSync(file).isFile())
          file = join(NEXT_DIR, 'index.html');
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache'
        });
        response.end(readFileSync(file));
      });
    }
  };
}

/** The layer files read from a copy of geodata/ whose Miraflores summary has one more sentence. */
function changedMiraflores(): Plugin {
  const copy = mkdtempSync(join(tmpdir(), 'next-deployment-'));
  cpSync('geodata', copy, { recursive: true });
  const file = join(copy, 'miraflores.geojson');
  const layer = JSON.parse(readFileSync(file, 'utf8'));
  layer.features[0].properties.summary += ` ${CHANGED_SENTENCE}`;
  writeFileSync(file, JSON.stringify(layer));
  // Ahead of the config's own situationFiles(), so its virtual module is the one the app gets.
  return { ...situationFiles({ geodata: copy }), name: 'changed-miraflores', enforce: 'pre' };
}

/** Builds the next deployment (a few seconds); only the offline test needs it, so only it calls this. */
export async function buildNextDeployment(): Promise<void> {
  await build({
    mode: 'test',
    logLevel: 'warn',
    build: { outDir: NEXT_DIR, emptyOutDir: true },
    plugins: [changedMiraflores()]
  });
}

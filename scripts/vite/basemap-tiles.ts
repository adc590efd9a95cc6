/**
 * Vite plugin: the basemap's vector tiles (scripts/basemap-tiles.ts), cut from basemap.topo.json in the
 * public folder
 * when Vite starts. `vite build` writes them into the build (basemap-tiles/{z}/{x}/{y}.pbf); the dev
 * server answers them from memory. Generated, not committed: the TopoJSON stays the one source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import { BASEMAP_FILE, BASEMAP_TILES, decodeBasemap } from '../../src/map/basemapFile.ts';
import { cutBasemapTiles } from '../basemap-tiles.ts';

export function basemapTiles(): Plugin {
  let publicDir = 'public';
  let tiles: Map<string, Uint8Array> | undefined;
  const cut = () =>
    (tiles ??= cutBasemapTiles(
      decodeBasemap(JSON.parse(readFileSync(join(publicDir, BASEMAP_FILE), 'utf8')) as Topology)
    ));
  return {
    name: 'basemap-tiles',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    configureServer(server) {
      const prefix = `${server.config.base}${BASEMAP_TILES.folder}/`;
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!;
        const tile = path.startsWith(prefix) ? cut().get(path.slice(server.config.base.length)) : undefined;
        if (!tile) return next();
        response.writeHead(200, { 'Content-Type': 'application/x-protobuf', 'Content-Length': tile.length });
        response.end(tile);
      });
    },
    generateBundle() {
      for (const [fileName, source] of cut()) this.emitFile({ type: 'asset', fileName, source });
    }
  };
}

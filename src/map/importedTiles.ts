/**
 * Imported layers reach MapLibre as vector tiles cut by the import worker (src/import/tiles.ts), not as
 * GeoJSON: a GeoJSON source copies all its data from the page into MapLibre's worker and back, seconds for
 * 100,000 points, while a tile holds only what one view needs. This module is what the page and the worker
 * agree on: the tile URL, the name of the tiles' one layer and the tiling options (MapLibre's own defaults
 * for GeoJSON sources, so imported layers look as the situation layers do).
 */

/** The URL scheme MapLibre is given for imported tiles (maplibregl.addProtocol, src/import/client.ts). */
export const TILE_SCHEME = 'imported';
/** The one layer in every tile (a vector source's `source-layer`). */
export const TILE_LAYER = 'features';
/** Tile units per tile side, as in MapLibre's GeoJSON sources. */
export const TILE_EXTENT = 8192;
/** Pixels per tile side. */
export const TILE_SIZE = 512;
/** Beyond this zoom MapLibre scales the last tiles up instead of asking for more. */
export const TILE_MAX_ZOOM = 18;

const unitsPerPixel = TILE_EXTENT / TILE_SIZE;
/** geojson-vt's options: a 128 px buffer around each tile, lines and areas simplified to 0.375 px. */
export const TILING = { extent: TILE_EXTENT, buffer: 128 * unitsPerPixel, tolerance: 0.375 * unitsPerPixel };
export const clusterRadiusUnits = (pixels: number) => pixels * unitsPerPixel;

/**
 * The tile URL template of one imported layer. `channel` names the BroadcastChannel on which this page's
 * import worker serves tiles (src/import/maplibre-worker-tiles.js). `version` changes when the layer's
 * tiles do (another as-of date for a clustered layer), so MapLibre asks for them afresh.
 */
export const tileUrl = (channel: string, layerId: string, version: number) =>
  `${TILE_SCHEME}://${channel}/${layerId}/${version}/{z}/{x}/{y}`;

export interface TileRequest {
  channel: string;
  layerId: string;
  version: number;
  z: number;
  x: number;
  y: number;
}

/** The channel, layer, version and tile a URL made from `tileUrl` asks for; null for any other URL. */
export function parseTileUrl(url: string): TileRequest | null {
  const match = new RegExp(`^${TILE_SCHEME}://([a-z0-9-]+)/([a-z0-9-]+)/(\\d+)/(\\d+)/(\\d+)/(\\d+)$`).exec(
    url
  );
  if (!match) return null;
  const [, channel, layerId, version, z, x, y] = match;
  return {
    channel: channel!,
    layerId: layerId!,
    version: Number(version),
    z: Number(z),
    x: Number(x),
    y: Number(y)
  };
}

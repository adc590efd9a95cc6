/**
 * The vector tiles of one imported layer, cut in the import worker: the same libraries MapLibre's own worker
 * uses for a GeoJSON source (@maplibre/geojson-vt, which includes Supercluster, and @maplibre/vt-pbf), with
 * the same options (src/map/importedTiles.ts). Only the properties the map reads go into the tiles.
 *
 * A clustered layer is cut for one day at a time (its clusters must count only the points shown that day);
 * any other layer keeps `since` in its tiles and the map filters it (src/timeline/asOf.ts).
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { LayerEntry } from '../data/schema';
import {
  clusterRadiusUnits,
  TILE_EXTENT,
  TILE_LAYER,
  TILE_MAX_ZOOM,
  TILE_SIZE,
  TILING
} from '../map/importedTiles';
import { clusterOptions } from '../map/layerStyle';
import { mapData } from '../map/mapData';
import { shownOn } from '../timeline/asOf';

const UNITS_PER_PIXEL = TILE_EXTENT / TILE_SIZE;
/**
 * Lines and outlines are simplified at every zoom (geojson-vt's Douglas–Peucker) to about a pixel: the drawn
 * line strays under 2 px, its own width, from the true one (tests/unit/imported-tiles.test.ts), and long
 * tracks zoomed out keep a fraction of their vertices, which are what a software renderer pays for.
 */
export const LINE_TOLERANCE_PX = 1;
/** A line needs a buffer only as wide as half its widest stroke (halo included), not the points' 128 px. */
export const LINE_BUFFER_PX = 16;

/** geojson-vt's options for a layer of this kind: points keep MapLibre's defaults. */
export function tilingFor(kind: LayerEntry['kind']) {
  if (kind === 'point') return TILING;
  return {
    ...TILING,
    tolerance: LINE_TOLERANCE_PX * UNITS_PER_PIXEL,
    buffer: LINE_BUFFER_PX * UNITS_PER_PIXEL
  };
}

export class LayerTiles {
  /** Changes whenever the tiles do; part of the tile URL. */
  version = 1;
  /** The features as the map reads them; kept only while the tiles may have to be cut again (`dated`). */
  private data: FeatureCollection | undefined;
  private readonly cluster: ReturnType<typeof clusterOptions>;
  private readonly tiling: ReturnType<typeof tilingFor>;
  /** Whether the tiles depend on the day: clustered, and some feature has a `since`. */
  readonly dated: boolean;
  private day: string | null;
  /** Built on first use (`prepare` builds it ahead). */
  private index: GeoJSONVT | undefined;

  /** Where the features come from until they are read (they may still have to be made: see `prepare`). */
  private source: (() => FeatureCollection) | undefined;

  /**
   * `collection` may be given as a function, called when the tiles are first cut; then `hasSince` (whether
   * some feature gives a `since`) says whether they depend on the day without reading the features.
   */
  constructor(
    entry: LayerEntry,
    collection: FeatureCollection | (() => FeatureCollection),
    day: string | null,
    hasSince?: boolean
  ) {
    this.source = typeof collection === 'function' ? collection : () => collection;
    this.cluster = clusterOptions(entry);
    this.tiling = tilingFor(entry.kind);
    this.dated =
      Boolean(this.cluster.cluster) &&
      (hasSince ?? this.features().features.some((f) => typeof f.properties?.['since'] === 'string'));
    this.day = day;
  }

  /** The features as the map reads them. */
  private features(): FeatureCollection {
    return (this.data ??= mapData(this.source!()));
  }

  /** Indexes the features now, so the first tile does not wait for it. */
  prepare(): void {
    this.index ??= this.build();
    if (this.dated) return;
    // geojson-vt keeps what it needs; this is never cut again.
    this.data = undefined;
    this.source = undefined;
  }

  private build(): GeoJSONVT {
    const { cluster, day } = this;
    const all = this.features();
    const data =
      this.dated && day
        ? { ...all, features: all.features.filter((f) => shownOn(f.properties?.['since'], day)) }
        : all;
    return new GeoJSONVT(data, {
      ...this.tiling,
      maxZoom: TILE_MAX_ZOOM,
      cluster: Boolean(cluster.cluster),
      ...(cluster.cluster && {
        clusterOptions: {
          maxZoom: cluster.clusterMaxZoom,
          radius: clusterRadiusUnits(cluster.clusterRadius),
          extent: TILE_EXTENT,
          minPoints: 2
        }
      })
    });
  }

  /** Cut for another day; true when that changed the tiles (and `version`). */
  setDay(day: string | null): boolean {
    if (day === this.day) return false;
    this.day = day;
    if (!this.dated) return false;
    this.index = undefined;
    this.version++;
    return true;
  }

  /** The tile as a Mapbox Vector Tile (protobuf); null when nothing of the layer is in it. */
  tile(z: number, x: number, y: number): Uint8Array | null {
    this.prepare();
    const tile = this.index!.getTile(z, x, y);
    if (!tile || !tile.features.length) return null;
    return fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: TILE_EXTENT });
  }

  /** The zoom at which a cluster comes apart; null for an unclustered layer. */
  clusterExpansionZoom(clusterId: number): number | null {
    this.prepare();
    return this.index!.getClusterExpansionZoom(clusterId);
  }
}

/**
 * The basemap's vector tiles (scripts/basemap-tiles.ts), cut from the committed TopoJSON and decoded with
 * the Mapbox Vector Tile reader, as MapLibre's worker reads them.
 */
import { readFileSync } from 'node:fs';
import { VectorTile, type VectorTileLayer } from '@mapbox/vector-tile';
import type { Topology } from 'topojson-specification';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { BASEMAP_PATH } from '../../scripts/build-basemap';
import { cutBasemapTiles, regionTiles, tileAt } from '../../scripts/basemap-tiles';
import { BASEMAP_TILES, basemapTilePath, decodeBasemap } from '../../src/map/basemapFile';
import { basemapLayers, WORLD_SOURCE } from '../../src/map/basemapStyle';

const basemap = decodeBasemap(JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology);
const tiles = cutBasemapTiles(basemap);

function layerOf(path: string): VectorTileLayer | undefined {
  const bytes = tiles.get(path);
  if (!bytes) throw new Error(`no tile ${path}`);
  return new VectorTile(new Pbf(bytes)).layers[BASEMAP_TILES.layer];
}

/** The path of the tile holding a place at zoom z. */
const tilePathAt = (lon: number, lat: number, z: number) => basemapTilePath(z, ...tileAt(lon, lat, z));

const CARACAS = [-66.9, 10.5] as const;

describe('the basemap tiles', () => {
  it('cover every tile of the region at every zoom the source offers, and nothing else', () => {
    const paths = [...regionTiles()].map(([z, x, y]) => basemapTilePath(z, x, y));
    expect([...tiles.keys()].sort()).toEqual(paths.sort());
    const zooms = new Set([...regionTiles()].map(([z]) => z));
    expect([...zooms]).toEqual([3, 4, 5, 6, 7]);
  });

  it('hold land, borders and labels in one layer with the extent the style expects', () => {
    for (const z of [3, 5, 7]) {
      const layer = layerOf(tilePathAt(...CARACAS, z))!;
      expect(layer.extent).toBe(BASEMAP_TILES.extent);
      const kinds = new Set<unknown>();
      for (let i = 0; i < layer.length; i++) kinds.add(layer.feature(i).properties['layer']);
      expect(kinds.has('land')).toBe(true);
    }
    const labels = new Set<unknown>();
    const borders: unknown[] = [];
    for (const [z, x, y] of regionTiles()) {
      if (z !== 4) continue;
      const layer = layerOf(basemapTilePath(z, x, y));
      for (let i = 0; layer && i < layer.length; i++) {
        const { properties } = layer.feature(i);
        if (properties['name']) labels.add(properties['name']);
        if (properties['layer'] === 'border') borders.push(properties);
      }
    }
    for (const name of ['Venezuela', 'Colombia', 'Guyana', 'Caribbean Sea']) expect(labels).toContain(name);
    expect(borders.length).toBeGreaterThan(0);
  });

  it('every layer of the basemap style but the sea and the coarse world reads the tiles’ layer', () => {
    const detailed = (l: { type: string; source?: string }) =>
      l.type !== 'background' && l.source !== WORLD_SOURCE;
    for (const layer of basemapLayers('light').filter(detailed))
      expect((layer as { 'source-layer'?: string })['source-layer']).toBe(BASEMAP_TILES.layer);
  });

  it('keep the coastline’s detail at the last zoom (MapLibre overzooms it beyond)', () => {
    // Land vertices in a box inside the zoom-7 tile that holds Caracas: in the TopoJSON, and in that tile.
    const z = BASEMAP_TILES.maxzoom;
    const [x, y] = tileAt(...CARACAS, z);
    const path = basemapTilePath(z, x, y);
    const inBox = ([lon, lat]: number[]) => lon! > -67.4 && lon! < -64.8 && lat! > 9.9 && lat! < 11.1;
    const count = (coordinates: unknown): number =>
      typeof (coordinates as unknown[])[0] === 'number'
        ? Number(inBox(coordinates as number[]))
        : (coordinates as unknown[]).reduce<number>((sum, c) => sum + count(c), 0);
    const landVertices = (features: { properties: unknown; geometry: unknown }[]) =>
      features
        .filter((f) => (f.properties as Record<string, unknown> | null)?.['layer'] === 'land')
        .reduce((sum, f) => sum + count((f.geometry as { coordinates: unknown }).coordinates), 0);
    const layer = layerOf(path)!;
    const tiled = Array.from({ length: layer.length }, (_, i) => layer.feature(i).toGeoJSON(x, y, z));
    const source = landVertices(basemap.features);
    expect(source).toBeGreaterThan(40);
    expect(landVertices(tiled)).toBeGreaterThan(0.8 * source);
  });

  it('write open sea as empty tiles, not missing ones', () => {
    const empty = [...tiles.values()].filter((bytes) => bytes.length === 0).length;
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(tiles.size);
  });
});

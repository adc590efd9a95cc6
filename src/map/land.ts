/**
 * Land polygons from the embedded basemap, for figures such as a zone's distance from the coast.
 * Loaded only when a figure needs them; the browser's cache already holds the file the map drew.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export async function loadLand(): Promise<Array<Polygon | MultiPolygon>> {
  try {
    const response = await fetch(new URL(`${import.meta.env.BASE_URL}basemap.geojson`, window.location.href));
    const basemap = (await response.json()) as FeatureCollection<Polygon | MultiPolygon>;
    return basemap.features.filter((f) => f.properties?.layer === 'land').map((f) => f.geometry);
  } catch {
    return []; // the figure is simply left out
  }
}

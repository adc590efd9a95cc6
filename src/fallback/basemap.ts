/**
 * The basemap for the SVG map: the same TopoJSON the WebGL map's tiles are cut from, decoded whole (land,
 * borders and labels), once. Null when it cannot be had: the situation is drawn on an empty sea then.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BASEMAP_FILE, decodeBasemap } from '../map/basemapFile';

export async function loadBasemapFeatures(): Promise<FeatureCollection | null> {
  try {
    const response = await fetch(new URL(`${import.meta.env.BASE_URL}${BASEMAP_FILE}`, location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return decodeBasemap((await response.json()) as Topology);
  } catch (error) {
    console.warn(`${BASEMAP_FILE} could not be loaded for the map without WebGL:`, error);
    return null;
  }
}

/**
 * The two exports as the Tools buttons run them. Loaded on demand (dynamic import), with its helpers.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { manifest } from '../data/load';
import { png_heading } from '../i18n/paraglide/messages.js';
import type { Situation } from '../state/situation.svelte';
import { formatDate } from '../ui/format';
import { downloadBlob } from './download';
import { exportFileName, visibleCollection } from './geojson';
import { mapToPng } from './png';

const dayOf = (situation: Situation) => situation.day ?? manifest.asOf;

export function downloadGeojson(situation: Situation): number {
  const collection = visibleCollection({
    loads: situation.loads,
    isVisible: (id) => situation.visible.has(id),
    isShown: (id) => situation.isShown(id)
  });
  const blob = new Blob([JSON.stringify(collection)], { type: 'application/geo+json' });
  downloadBlob(blob, exportFileName(manifest.title, dayOf(situation), 'geojson'));
  return collection.features.length;
}

/** The credits the map shows now (its attribution control), else those of the visible layers. */
function attributionText(map: MapLibreMap, situation: Situation): string {
  const shown = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim();
  if (shown) return shown;
  return situation.loaded
    .filter((load) => situation.visible.has(load.entry.id))
    .map((load) => load.entry.attribution)
    .join(' | ');
}

export async function downloadPng(map: MapLibreMap, situation: Situation): Promise<void> {
  const blob = await mapToPng(map, {
    heading: png_heading({ title: manifest.title, date: formatDate(dayOf(situation)) }),
    attribution: attributionText(map, situation)
  });
  downloadBlob(blob, exportFileName(manifest.title, dayOf(situation), 'png'));
}

/**
 * One run of each page: cold loads of the app, of bare MapLibre (with and without the app's layers) and of
 * the Leaflet peer, on the desktop profile and on the phone one (CPU ×4, slow 4G). A measurement that throws
 * is recorded as missing, with the reason among the run's errors; the run goes on.
 */
import type { Browser } from 'playwright-core';
import { bytesByKind, type BytesByKind } from './bytes';
import {
  addLeafletPoints,
  addScaleLayer,
  clickToContext,
  heapAfterGc,
  panFps,
  removeScaleLayer,
  scaleLayerFile,
  toggleToFrame,
  type PanFps,
  type ScaleLayer
} from './measure';
import { openCold, type Profile } from './page';
import type { Vitals } from './vitals';

/** A load on the phone profile: when the map was drawn, and what the reader saw before. */
export interface PhoneLoad {
  drawnMs: number | null;
  vitals: Vitals | null;
}

export interface BaselineRun {
  bytes: BytesByKind;
  drawnMs: number | null;
  /** The page with `#with-layers`: bare MapLibre drawing the same layers, no app. */
  withLayersDrawnMs: number | null;
  withLayersPhone: PhoneLoad;
  heapBytes: number | null;
  errors: string[];
}

export interface AppRun {
  bytes: BytesByKind;
  drawnMs: number | null;
  vitals: Vitals | null;
  phone: PhoneLoad;
  heapBytes: number | null;
  clickMs: number | null;
  toggleMs: number | null;
  pan: PanFps | null;
  scale: Record<string, { drawnMs: number | null; pan: PanFps | null }>;
  errors: string[];
}

export interface LeafletRun {
  bytes: BytesByKind;
  drawnMs: number | null;
  vitals: Vitals | null;
  phone: PhoneLoad;
  /** Import → drawn of the budgeted points layer (the same file as the app's), as canvas circle markers. */
  pointsDrawnMs: number | null;
  errors: string[];
}

async function attempt<T>(errors: string[], label: string, measure: () => Promise<T>): Promise<T | null> {
  try {
    return await measure();
  } catch (error) {
    errors.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

async function phoneLoad(
  browser: Browser,
  url: string,
  options: { expectedSources: string[]; selfReported?: boolean },
  errors: string[]
): Promise<PhoneLoad> {
  const profile: Profile = 'phone';
  const loaded = await openCold(browser, url, { ...options, profile });
  errors.push(...loaded.errors.map((error) => `phone: ${error}`));
  await loaded.context.close();
  return { drawnMs: loaded.drawnMs, vitals: loaded.vitals };
}

export async function measureApp(
  browser: Browser,
  url: string,
  expectedSources: string[],
  scaleLayers: readonly ScaleLayer[]
): Promise<AppRun> {
  const loaded = await openCold(browser, url, { expectedSources, recordBytes: true });
  const { page, errors } = loaded;
  const result: AppRun = {
    bytes: bytesByKind(loaded.responses),
    drawnMs: loaded.drawnMs,
    vitals: loaded.vitals,
    phone: { drawnMs: null, vitals: null },
    heapBytes: await attempt(errors, 'heap', () => heapAfterGc(loaded)),
    clickMs: await attempt(errors, 'click', () => clickToContext(page)),
    toggleMs: await attempt(errors, 'toggle', () => toggleToFrame(page)),
    pan: await attempt(errors, 'pan', () => panFps(page)),
    scale: {},
    errors
  };
  // Each synthetic layer is added, panned over and removed in the same page, so "without" is result.pan.
  for (const layer of scaleLayers) {
    const file = scaleLayerFile(layer);
    const drawnMs = await attempt(errors, layer.label, () => addScaleLayer(page, file, layer.label));
    const pan = drawnMs === null ? null : await attempt(errors, `${layer.label} pan`, () => panFps(page));
    await attempt(errors, `${layer.label} removal`, () => removeScaleLayer(page));
    result.scale[layer.label] = { drawnMs, pan };
  }
  await loaded.context.close();
  result.phone = await phoneLoad(browser, url, { expectedSources }, errors);
  return result;
}

export async function measureBaseline(
  browser: Browser,
  url: string,
  layerSources: string[]
): Promise<BaselineRun> {
  const loaded = await openCold(browser, url, { expectedSources: [], recordBytes: true });
  const errors = loaded.errors;
  const bytes = bytesByKind(loaded.responses);
  const heapBytes = await attempt(errors, 'heap', () => heapAfterGc(loaded));
  await loaded.context.close();
  const withLayers = await openCold(browser, `${url}#with-layers`, { expectedSources: layerSources });
  errors.push(...withLayers.errors.map((error) => `with layers: ${error}`));
  await withLayers.context.close();
  const withLayersPhone = await phoneLoad(
    browser,
    `${url}#with-layers`,
    { expectedSources: layerSources },
    errors
  );
  return {
    bytes,
    drawnMs: loaded.drawnMs,
    withLayersDrawnMs: withLayers.drawnMs,
    withLayersPhone,
    heapBytes,
    errors
  };
}

export async function measureLeaflet(browser: Browser, url: string, points: ScaleLayer): Promise<LeafletRun> {
  const loaded = await openCold(browser, url, { expectedSources: [], recordBytes: true, selfReported: true });
  const errors = loaded.errors;
  const pointsDrawnMs = await attempt(errors, points.label, () =>
    addLeafletPoints(loaded.page, scaleLayerFile(points), points.label)
  );
  await loaded.context.close();
  return {
    bytes: bytesByKind(loaded.responses),
    drawnMs: loaded.drawnMs,
    vitals: loaded.vitals,
    phone: await phoneLoad(browser, url, { expectedSources: [], selfReported: true }, errors),
    pointsDrawnMs,
    errors
  };
}

/**
 * One run of each page: a cold load of the app with every measurement made on it, a cold load of the
 * baseline, then a cold load of each under slow 4G. A measurement that throws is recorded as missing,
 * with the reason among the run's errors; the run goes on.
 */
import type { Browser } from 'playwright-core';
import { bytesByKind, type BytesByKind } from './bytes';
import {
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
import { openCold, SLOW_4G } from './page';

export interface BaselineRun {
  bytes: BytesByKind;
  drawnMs: number | null;
  /** Baseline runs only: the page with `#with-layers`, bare MapLibre drawing the same layers, no app. */
  withLayersDrawnMs?: number | null;
  slow4gDrawnMs: number | null;
  heapBytes: number | null;
  errors: string[];
}

export interface AppRun extends BaselineRun {
  clickMs: number | null;
  toggleMs: number | null;
  pan: PanFps | null;
  scale: Record<string, { drawnMs: number | null; pan: PanFps | null }>;
}

async function attempt<T>(errors: string[], label: string, measure: () => Promise<T>): Promise<T | null> {
  try {
    return await measure();
  } catch (error) {
    errors.push(`${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  }
}

async function slow4gDrawnMs(browser: Browser, url: string, expectedSources: string[], errors: string[]) {
  const loaded = await openCold(browser, url, { expectedSources, network: SLOW_4G });
  errors.push(...loaded.errors.map((error) => `slow 4G: ${error}`));
  await loaded.context.close();
  return loaded.drawnMs;
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
    slow4gDrawnMs: null,
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
  result.slow4gDrawnMs = await slow4gDrawnMs(browser, url, expectedSources, errors);
  return result;
}

export async function measureBaseline(
  browser: Browser,
  url: string,
  layerSources: string[]
): Promise<BaselineRun> {
  const loaded = await openCold(browser, url, { expectedSources: [], recordBytes: true });
  const result: BaselineRun = {
    bytes: bytesByKind(loaded.responses),
    drawnMs: loaded.drawnMs,
    slow4gDrawnMs: null,
    heapBytes: await attempt(loaded.errors, 'heap', () => heapAfterGc(loaded)),
    errors: loaded.errors
  };
  await loaded.context.close();
  const withLayers = await openCold(browser, `${url}#with-layers`, { expectedSources: layerSources });
  result.withLayersDrawnMs = withLayers.drawnMs;
  result.errors.push(...withLayers.errors.map((error) => `with layers: ${error}`));
  await withLayers.context.close();
  result.slow4gDrawnMs = await slow4gDrawnMs(browser, url, [], result.errors);
  return result;
}

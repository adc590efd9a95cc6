/**
 * The interactive measurements, each on an already loaded page (see page.ts). Times are taken inside
 * the page with performance.now(), so the browser↔Node round trips are not counted.
 */
import type { Feature } from 'geojson';
import type { Page } from 'playwright-core';
import type { LoadedPage } from './page';

/** The context panel is still being built: any of these, visible and naming the place, counts. */
export const CONTEXT_PANEL_SELECTOR = '[role="dialog"], [data-testid="context-panel"], aside';
/** Layer toggles: a checkbox in the layer panel (the first one found is used). */
export const LAYER_TOGGLE_SELECTOR = [
  '[data-testid="layer-panel"] input[type="checkbox"]',
  '.layer-panel input[type="checkbox"]',
  'aside input[type="checkbox"]',
  'fieldset input[type="checkbox"]'
].join(', ');
/** The place clicked for click → context: Miraflores Palace, Caracas. */
export const CLICK_PLACE = { name: 'Miraflores', lngLat: [-66.9194, 10.5081] as [number, number] };
/** How long a panel or a frame may take before the figure is reported as n/a. */
const INTERACTION_TIMEOUT_MS = 2000;
/** Pan distance and duration; west first, since the app's maxBounds stop an eastward pan early. */
const PAN = { dx: -600, durationMs: 2000 };

export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        const done = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', done));
        map.once('idle', done);
        map.triggerRepaint();
      })
  );
}

/** Used JS heap of the page's main thread after a forced GC, in bytes (MapLibre's workers not included). */
export async function heapAfterGc(loaded: LoadedPage): Promise<number> {
  await loaded.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await loaded.cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Milliseconds from the click on the place to a context panel naming it being visible; null if none. */
export async function clickToContext(page: Page): Promise<number | null> {
  const target = await page.evaluate((lngLat) => {
    const map = window.__map!;
    const point = map.project(lngLat);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, CLICK_PLACE.lngLat);
  await page.evaluate(
    ({ selector, name }) => {
      const namingPanels = () =>
        [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (element) =>
            element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
            (element.textContent ?? '').includes(name)
        );
      const before = new Set(namingPanels());
      const armedAt = performance.now();
      const probe = { clickAt: null as number | null, shownAt: null as number | null };
      (window as unknown as { __panelProbe: typeof probe }).__panelProbe = probe;
      document.addEventListener('click', (event) => (probe.clickAt = event.timeStamp), {
        capture: true,
        once: true
      });
      const test = () => {
        if (probe.shownAt !== null || probe.clickAt === null) return;
        if (namingPanels().some((element) => !before.has(element))) probe.shownAt = performance.now();
      };
      // Tested on each DOM change (precise) and each frame (CSS transitions), for a few seconds at most.
      const observer = new MutationObserver(test);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      const frame = () => {
        test();
        if (probe.shownAt === null && performance.now() - armedAt < 5000) requestAnimationFrame(frame);
        else observer.disconnect();
      };
      requestAnimationFrame(frame);
    },
    { selector: CONTEXT_PANEL_SELECTOR, name: CLICK_PLACE.name }
  );
  await page.mouse.click(target.x, target.y);
  try {
    await page.waitForFunction(
      () => (window as unknown as { __panelProbe: { shownAt: number | null } }).__panelProbe.shownAt !== null,
      undefined,
      { timeout: INTERACTION_TIMEOUT_MS }
    );
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const probe = (window as unknown as { __panelProbe: { clickAt: number; shownAt: number } }).__panelProbe;
    return probe.shownAt - probe.clickAt;
  });
}

/**
 * Milliseconds from the click on a layer checkbox to the map's next 'render' event (the frame with the
 * layer shown or hidden); null if there is no checkbox or no frame follows. Clicks it back afterwards.
 */
export async function toggleToFrame(page: Page): Promise<number | null> {
  const toggle = page.locator(LAYER_TOGGLE_SELECTOR).first();
  if (!(await toggle.count()) || !(await toggle.isVisible())) return null;
  await waitForIdle(page);
  await toggle.evaluate((checkbox) => {
    const probe = { clickAt: null as number | null, renderAt: null as number | null };
    (window as unknown as { __toggleProbe: typeof probe }).__toggleProbe = probe;
    checkbox.addEventListener(
      'click',
      (event) => {
        probe.clickAt = event.timeStamp;
        window.__map!.once('render', () => (probe.renderAt = performance.now()));
      },
      { capture: true, once: true }
    );
  });
  await toggle.click();
  let ms: number | null = null;
  try {
    await page.waitForFunction(
      () =>
        (window as unknown as { __toggleProbe: { renderAt: number | null } }).__toggleProbe.renderAt !== null,
      undefined,
      { timeout: INTERACTION_TIMEOUT_MS }
    );
    ms = await page.evaluate(() => {
      const probe = (window as unknown as { __toggleProbe: { clickAt: number; renderAt: number } })
        .__toggleProbe;
      return probe.renderAt - probe.clickAt;
    });
  } catch {
    // no frame followed the toggle
  }
  await toggle.click();
  await waitForIdle(page);
  return ms;
}

export interface PanFps {
  /** Frames MapLibre drew per second while moving. */
  render: number;
  /** requestAnimationFrame callbacks per second (the browser's frame rate, drawn or not). */
  raf: number;
}

/** Pans by PAN.dx pixels and back, each over PAN.durationMs, counting frames. */
export async function panFps(page: Page): Promise<PanFps> {
  await waitForIdle(page);
  return page.evaluate(async ({ dx, durationMs }) => {
    const map = window.__map!;
    let renders = 0;
    let rafs = 0;
    let counting = true;
    const onRender = () => renders++;
    const onFrame = () => {
      if (!counting) return;
      rafs++;
      requestAnimationFrame(onFrame);
    };
    const pan = (offset: number) =>
      new Promise<void>((resolve) => {
        map.once('moveend', () => resolve());
        map.panBy([offset, 0], { duration: durationMs, essential: true });
      });
    map.on('render', onRender);
    requestAnimationFrame(onFrame);
    const start = performance.now();
    await pan(dx);
    await pan(-dx);
    const seconds = (performance.now() - start) / 1000;
    counting = false;
    map.off('render', onRender);
    return { render: renders / seconds, raf: rafs / seconds };
  }, PAN);
}

export interface ScaleLayer {
  label: string;
  kind: 'points' | 'lines';
  /** Flat [lon, lat, …]; for lines, `vertices` positions per line. */
  coords: number[];
  vertices?: number;
}

/** The synthetic layer as the GeoJSON file a user would import. */
export function scaleLayerFile({ label, kind, coords, vertices }: ScaleLayer): Buffer {
  const step = kind === 'points' ? 2 : 2 * (vertices ?? 2);
  const features: Feature[] = [];
  for (let i = 0; i < coords.length; i += step) {
    const positions: [number, number][] = [];
    for (let j = i; j < i + step; j += 2) positions.push([coords[j]!, coords[j + 1]!]);
    features.push({
      type: 'Feature',
      properties: { name: `${label} #${i / step + 1}` },
      geometry:
        kind === 'points'
          ? { type: 'Point', coordinates: positions[0]! }
          : { type: 'LineString', coordinates: positions }
    });
  }
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
}

/**
 * Gives the page's import input the file, marking the input's change event as the clock's start (handing
 * the file over the DevTools protocol happens before it). The app and the Leaflet peer share the input.
 */
async function chooseImportFile(page: Page, file: Buffer, label: string): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]');
    if (!input) throw new Error('no import file input');
    input.addEventListener('change', () => (window.__benchImportStart = performance.now()), {
      capture: true,
      once: true
    });
  });
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: `${label}.geojson`, mimeType: 'application/geo+json', buffer: file });
}

/**
 * Imports the synthetic layer through the app's own import path (the file input the Tools area uses:
 * worker parse and validation, IndexedDB, then MapLibre) and returns milliseconds from the file input's
 * change event to the map idle with the imported source loaded. Handing the file to the page over the
 * DevTools protocol happens before the clock starts.
 */
export async function addScaleLayer(page: Page, file: Buffer, label: string): Promise<number> {
  await chooseImportFile(page, file, label);
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const map = window.__map!;
        const timeout = setTimeout(() => reject(new Error('the import was not drawn within 60 s')), 60_000);
        const check = () => {
          const ids = Object.keys(map.getStyle().sources).filter((id) => id.startsWith('import-'));
          if (ids.length && map.loaded() && ids.every((id) => map.isSourceLoaded(id))) {
            clearTimeout(timeout);
            resolve(performance.now() - window.__benchImportStart!);
          } else map.once('idle', check);
        };
        // The layer appears after the worker is done; until then, look again every frame.
        const poll = () => {
          if (Object.keys(map.getStyle().sources).some((id) => id.startsWith('import-'))) check();
          else requestAnimationFrame(poll);
        };
        poll();
      })
  );
}

/** Removes the imported layer with its Remove button, as a user would, and waits for the map to settle. */
export async function removeScaleLayer(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await page.waitForFunction(
    () => !Object.keys(window.__map!.getStyle().sources).some((id) => id.startsWith('import-'))
  );
  await waitForIdle(page);
}

/**
 * The Leaflet peer's import (scripts/bench/leaflet.ts): milliseconds from the file input's change event to
 * the frame after the points were drawn on its canvas.
 */
export async function addLeafletPoints(page: Page, file: Buffer, label: string): Promise<number> {
  await chooseImportFile(page, file, label);
  await page.waitForFunction(() => window.__benchImportDrawnAt !== undefined, undefined, {
    timeout: 60_000,
    polling: 50
  });
  return page.evaluate(() => window.__benchImportDrawnAt! - window.__benchImportStart!);
}

/**
 * Opens the app in Debian's Chromium as a reader would, and records everything that should never
 * happen: page errors, console errors, and any request that leaves the page's origin.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export interface Session {
  browser: Browser;
  page: Page;
  baseUrl: string;
  /** Page errors and console errors, in order. */
  errors: string[];
  /** Requests to anything but the app's own origin (data: and blob: URLs are local). */
  foreignRequests: string[];
}

export interface OpenOptions {
  path?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The browser's language (navigator.languages), e.g. 'es-VE'; Chromium's default otherwise. */
  locale?: string;
  /** Extra Chromium flags, e.g. to turn WebGL off. */
  args?: string[];
  /** Runs before the app is opened: e.g. routes that break a layer file, as a bad deploy would. */
  beforeOpen?: (page: Page) => Promise<unknown>;
}

export async function openApp(options: OpenOptions = {}): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])]
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.locale && { locale: options.locale })
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // Block and record: a request that leaves the origin fails the test, and never reaches the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  await options.beforeOpen?.(page);
  await page.goto(new URL(options.path ?? '', baseUrl).href);
  return { browser, page, baseUrl, errors, foreignRequests };
}

/** Resolves once the map has loaded its style and every source, and has nothing left to draw. */
/**
 * One app for a whole describe block: opened and settled before its tests (`use` receives it), closed after
 * them. By default the block ends by checking that nothing went wrong meanwhile: no page or console error,
 * no request off the origin; a block that checks these in its tests turns them off.
 */
export function shareApp(
  use: (session: Session) => void,
  checks: { errors?: boolean; foreignRequests?: boolean } = {}
): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openApp();
    await waitForMapIdle(session.page);
    use(session);
  });
  afterAll(async () => {
    try {
      if (session && checks.errors !== false) expect(session.errors).toEqual([]);
      if (session && checks.foreignRequests !== false) expect(session.foreignRequests).toEqual([]);
    } finally {
      await session?.browser.close();
    }
  });
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__map !== undefined, undefined, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        const done = () => (map.loaded() && map.areTilesLoaded() ? resolve() : map.once('idle', done));
        done();
      })
  );
}

/** Ids of situation features MapLibre has drawn for one manifest layer, in the current view. */
export async function renderedIds(session: Session, layerId: string): Promise<string[]> {
  await waitForMapIdle(session.page);
  return session.page.evaluate((prefix) => {
    const map = window.__map!;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith(`${prefix}-`))
      .map((l) => l.id);
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)))];
  }, layerId);
}

/** An imported layer's id without the tab's random tag (import-places-1-k2x9q0 → import-places-1). */
export const untagged = (id: string) => id.replace(/^(import-.+-\d+)-[a-z0-9]{6}$/, '$1');

/**
 * Sources MapLibre has drawn features of, in the current view (the basemaps left out), sorted; imported
 * layers by their untagged id.
 */
export async function renderedSources(session: Session): Promise<string[]> {
  await waitForMapIdle(session.page);
  return session.page
    .evaluate(() => {
      const ids = new Set<string>();
      for (const f of window.__map!.queryRenderedFeatures())
        if (f.source !== 'basemap' && f.source !== 'world') ids.add(f.source);
      return [...ids];
    })
    .then((ids) => ids.map(untagged).sort());
}

/** Clicks the map canvas where a longitude/latitude is drawn now. */
export async function clickLngLat(session: Session, lngLat: [number, number]): Promise<void> {
  const point = await session.page.evaluate((at) => window.__map!.project(at), lngLat);
  const box = (await session.page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await session.page.mouse.click(box.x + point.x, box.y + point.y);
}

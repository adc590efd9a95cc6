/**
 * Offline after the first visit: a reader who opened the map once can reopen it with no network, and a new
 * deployment reaches them as a quiet notice whose reload brings the changed data.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { openApp, waitForMapIdle, type Session } from './harness';
import { buildNextDeployment, CHANGED_SENTENCE, NEXT_COOKIE } from './next-deployment';

describe('offline after the first visit', () => {
  let session: Session;
  beforeAll(async () => {
    await buildNextDeployment();
    session = await openApp();
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('reloads with no network: the map with its basemap, the places and their context', async () => {
    const { page } = session;
    await waitForMapIdle(page);
    // The worker precaches everything before it activates and takes control of the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000
    });
    // Everything is kept, not only what this view needed: every basemap tile and every layer file.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      return urls;
    });
    const builtTiles = readdirSync('dist-test/basemap-tiles', { recursive: true }).filter((f) =>
      String(f).endsWith('.pbf')
    );
    expect(cached.filter((path) => path.startsWith('/basemap-tiles/'))).toHaveLength(builtTiles.length);
    const layerFiles = cached.filter((path) => path.startsWith('/assets/') && path.endsWith('.geojson'));
    // Both languages' layer files and pages, so the switch works offline too.
    expect(layerFiles).toHaveLength(manifest.layers.length * 2);
    expect(cached).toContain('/es/index.html');
    // The basemap's own files (the detailed region, the coarse world around it).
    for (const file of readdirSync('public').filter((f) => /\.(geo|topo\.)?json$/.test(f)))
      expect(cached).toContain(`/${file}`);
    await page.context().setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    const drawn = await page.evaluate(() =>
      [...new Set(window.__map!.queryRenderedFeatures().map((f) => f.source))].sort()
    );
    expect(drawn).toContain('basemap');
    expect(drawn).toContain('miraflores');
    await page.getByRole('button', { name: 'Miraflores Palace' }).click();
    const panel = page.getByTestId('context-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).not.toContain(CHANGED_SENTENCE);
    // A page URL with a query (an embed's) opens offline too.
    await page.goto(new URL('?embed#feature=miraflores', session.baseUrl).href);
    await waitForMapIdle(page);
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    // The Spanish page too, with its story.
    await page.goto(new URL('es/#feature=miraflores', session.baseUrl).href);
    await waitForMapIdle(page);
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Palacio de Miraflores');
    await page.goto(new URL('#feature=miraflores', session.baseUrl).href); // back to English for the next test
    await waitForMapIdle(page);
    expect(session.errors).toEqual([]);
  });

  it('a new deployment shows a quiet notice, and its reload brings the changed layer', async () => {
    const { page } = session;
    await page.context().setOffline(false);
    await page.context().addCookies([{ ...NEXT_COOKIE, url: session.baseUrl }]);
    // Opening the page again makes the browser look for a new service worker.
    await page.reload();
    const mastheadHeight = () => page.locator('.masthead').evaluate((e) => e.getBoundingClientRect().height);
    const before = await mastheadHeight();
    const notice = page.getByRole('status').filter({ hasText: 'New information' });
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    expect(await mastheadHeight()).toBe(before); // quiet: the map does not move when it appears
    // The page is still the old deployment until the reader chooses to reload.
    const panel = page.getByTestId('context-panel');
    await expect.poll(() => panel.isVisible()).toBe(true); // Miraflores is still selected (the URL)
    expect(await panel.textContent()).not.toContain(CHANGED_SENTENCE);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect.poll(() => panel.textContent(), { timeout: 30_000 }).toContain(CHANGED_SENTENCE);
    expect(await notice.count()).toBe(0);
    expect(session.errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});

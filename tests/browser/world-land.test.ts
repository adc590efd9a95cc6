/**
 * The coarse world outside the detailed region is fetched on demand (issue 19's byte budget): the usual
 * first view, at every size the map is read at, stays inside the region and does not load it; zooming out
 * beyond the region loads it and draws it, under the detailed land and the situation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WORLD_FILE } from '../../src/map/basemapFile';
import { openApp, waitForMapIdle, type OpenOptions } from './harness';

/** Opens the map, recording every request for the coarse world from the page or its workers. */
async function openRecording(options: OpenOptions) {
  const worldRequests: string[] = [];
  const session = await openApp({
    ...options,
    beforeOpen: (page: Page) => {
      page.on('request', (request) => {
        if (request.url().endsWith(WORLD_FILE)) worldRequests.push(request.url());
      });
      return Promise.resolve();
    }
  });
  return { ...session, worldRequests };
}

const quietFor = (page: Page, ms: number) => page.waitForTimeout(ms);

describe('the coarse world land, on demand', () => {
  for (const [name, path, viewport] of [
    ['desktop', '', { width: 1440, height: 900 }],
    ['phone', '', { width: 390, height: 844 }],
    ['embed', '?embed', { width: 640, height: 420 }],
    ['small embed', '?embed', { width: 360, height: 480 }]
  ] as const)
    it(`is not fetched for the first view (${name}, ${viewport.width}×${viewport.height})`, async () => {
      const session = await openRecording({ path, viewport });
      try {
        await waitForMapIdle(session.page);
        // Long enough for a late move (a layout settling) to have asked for it.
        await quietFor(session.page, 1500);
        await waitForMapIdle(session.page);
        expect(session.worldRequests).toEqual([]);
        expect(await session.page.evaluate(() => Boolean(window.__map!.getSource('world')))).toBe(false);
        expect(session.errors).toEqual([]);
      } finally {
        await session.browser.close();
      }
    });

  it('is fetched and drawn once the reader zooms out beyond the region, below the detailed land', async () => {
    const session = await openRecording({ viewport: { width: 1440, height: 900 } });
    const { page } = session;
    try {
      await waitForMapIdle(page);
      expect(session.worldRequests).toEqual([]);
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(() => session.worldRequests.length, { timeout: 20_000 }).toBe(1);
      await waitForMapIdle(page);
      const land = await page.evaluate(
        () => window.__map!.queryRenderedFeatures({ layers: ['basemap-world-land'] }).length
      );
      expect(land).toBeGreaterThan(0);
      // Under the detailed land, which is under every situation layer.
      const order = await page.evaluate(() => window.__map!.getLayersOrder());
      expect(order.slice(0, 4)).toEqual([
        'basemap-sea',
        'basemap-world-land',
        'basemap-world-region',
        'basemap-land'
      ]);
      // Kept: zooming back in does not remove it or fetch it again.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await waitForMapIdle(page);
      expect(await page.evaluate(() => Boolean(window.__map!.getLayer('basemap-world-land')))).toBe(true);
      expect(session.worldRequests).toHaveLength(1);
      expect(session.errors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.browser.close();
    }
  }, 90_000);
});

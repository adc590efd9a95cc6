/**
 * What the first load leaves out (issue 19's byte budget), and fetches when the reader gets there:
 * - the coarse world outside the detailed region: the usual first view, at every size the map is read at,
 *   stays inside the region; zooming out beyond it loads the world and draws it, under the detailed land;
 * - the context panel (with the Turf figures only it uses): fetched at the reader's first interaction.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WORLD_FILE } from '../../src/map/basemapFile';
import { openApp, waitForMapIdle, type OpenOptions } from './harness';

/** Opens the map, recording the requests for what should wait, from the page or its workers. */
async function openRecording(options: OpenOptions) {
  const worldRequests: string[] = [];
  const panelRequests: string[] = [];
  const session = await openApp({
    ...options,
    beforeOpen: (page: Page) => {
      page.on('request', (request) => {
        const url = request.url();
        if (url.endsWith(WORLD_FILE)) worldRequests.push(url);
        if (/\/assets\/ContextPanel-[^/]*\.js$/.test(url)) panelRequests.push(url);
      });
      return Promise.resolve();
    }
  });
  return { ...session, worldRequests, panelRequests };
}

const quietFor = (page: Page, ms: number) => page.waitForTimeout(ms);

describe('the first load', () => {
  for (const [name, path, viewport] of [
    ['desktop', '', { width: 1440, height: 900 }],
    ['phone', '', { width: 390, height: 844 }],
    ['embed', '?embed', { width: 640, height: 420 }],
    ['small embed', '?embed', { width: 360, height: 480 }]
  ] as const)
    it(`leaves out the world land and the context panel (${name}, ${viewport.width}×${viewport.height})`, async () => {
      const session = await openRecording({ path, viewport });
      try {
        await waitForMapIdle(session.page);
        // Long enough for a late move (a layout settling) to have asked for it.
        await quietFor(session.page, 1500);
        await waitForMapIdle(session.page);
        expect(session.worldRequests).toEqual([]);
        expect(await session.page.evaluate(() => Boolean(window.__map!.getSource('world')))).toBe(false);
        expect(session.panelRequests).toEqual([]);
        expect(session.errors).toEqual([]);
      } finally {
        await session.browser.close();
      }
    });

  it('fetches the world land and draws it once the reader zooms out beyond the region, below the detailed land', async () => {
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

  it('fetches the context panel at the first key press, and a place opens in it', async () => {
    const session = await openRecording({ viewport: { width: 1440, height: 900 } });
    const { page } = session;
    try {
      await waitForMapIdle(page);
      expect(session.panelRequests).toEqual([]);
      await page.keyboard.press('Tab');
      await expect.poll(() => session.panelRequests.length, { timeout: 10_000 }).toBe(1);
      await page
        .getByRole('navigation', { name: 'Places' })
        .getByRole('button', { name: 'Miraflores Palace' })
        .press('Enter');
      const panel = page.getByTestId('context-panel');
      await expect
        .poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 })
        .toBe('Miraflores Palace');
      // Focus goes into the panel as before: to its close button.
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('[data-testid="context-panel"]') !== null)
        )
        .toBe(true);
      expect(session.panelRequests).toHaveLength(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  }, 60_000);
});

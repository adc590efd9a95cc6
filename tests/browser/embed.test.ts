/**
 * `?embed`: the map for an iframe in an article. The map comes first with a legend that opens on demand,
 * a link to the full map at the same view, and nothing of the tools (no import inside someone else's page).
 */
import { describe, expect, it } from 'vitest';
import { openApp, waitForMapIdle } from './harness';

describe('the embed (?embed)', () => {
  it('at 640×420: the map with its legend on demand, the full-map link at the current view, no tools', async () => {
    const session = await openApp({ path: '?embed', viewport: { width: 640, height: 420 } });
    const { page } = session;
    try {
      await waitForMapIdle(page);
      await expect.poll(() => page.locator('.maplibregl-canvas').isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/situation map/);
      expect(await page.locator('.masthead time').textContent()).toMatch(/2025/);

      // The legend is folded: one button over the map, its toggles and key hidden until asked for.
      const strikes = page.getByRole('checkbox', { name: /US strikes on boats/ });
      expect(await strikes.isVisible()).toBe(false);
      await page.getByText('Legend', { exact: true }).click();
      await expect.poll(() => strikes.isVisible()).toBe(true);
      expect(await page.getByText('Certainty on the map').isVisible()).toBe(true);

      // A toggle changes the view, and the full-map link follows the hash that says so.
      await strikes.uncheck();
      await expect.poll(() => new URL(page.url()).hash).toContain('layers=');
      const link = page.getByRole('link', { name: 'Open the full map' });
      await expect
        .poll(async () => new URL((await link.getAttribute('href'))!, page.url()).hash)
        .toBe(new URL(page.url()).hash);
      const href = new URL((await link.getAttribute('href'))!, page.url());
      expect(href.search).not.toContain('embed');
      expect(href.pathname).toBe(new URL(page.url()).pathname);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');

      // Inside an article the wheel scrolls the article, not the map: Ctrl + wheel zooms it (with a hint).
      const zoom = () => page.evaluate(() => window.__map!.getZoom());
      const before = await zoom();
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await expect
        .poll(() => page.locator('.maplibregl-cooperative-gesture-screen').textContent())
        .toMatch(/Ctrl \+ scroll|⌘ \+ scroll/);
      expect(await zoom()).toBe(before);
      expect(await page.evaluate(() => window.__map!.cooperativeGestures.isEnabled())).toBe(true);

      // No sidebar, no Tools, no import, no Share.
      expect(await page.locator('#sidebar').count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Tools' }).count()).toBe(0);
      expect(await page.locator('input[type=file]').count()).toBe(0);
      expect(await page.getByRole('button', { name: /Import/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Share' }).count()).toBe(0);
      expect(session.errors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });

  it('at 360×480 nothing runs off the side, with the legend closed or open', async () => {
    const session = await openApp({ path: '?embed', viewport: { width: 360, height: 480 } });
    const { page } = session;
    try {
      await waitForMapIdle(page);
      const overflow = () =>
        page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wider = [...document.querySelectorAll('body *')].filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
          });
          return {
            scroll: document.documentElement.scrollWidth - width,
            wider: wider.map((el) => `${el.tagName}.${el.className}`).slice(0, 5)
          };
        });
      expect(await page.getByRole('link', { name: 'Open the full map' }).isVisible()).toBe(true);
      expect(await page.locator('.masthead time').isVisible()).toBe(true);
      expect(await overflow()).toEqual({ scroll: 0, wider: [] });
      await page.getByText('Legend', { exact: true }).click();
      await expect.poll(() => page.getByRole('checkbox', { name: /Miraflores/ }).isVisible()).toBe(true);
      expect(await overflow()).toEqual({ scroll: 0, wider: [] });
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

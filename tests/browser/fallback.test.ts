/**
 * Without WebGL the reader still gets a map: the situation drawn as SVG from the same data and basemap,
 * each feature a button that opens its context, with labels, attribution and the certainty key.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { openApp } from './harness';

/** The features of the layers shown when the map opens. */
const featureCount = manifest.layers
  .filter((layer) => layer.visible)
  .map((layer) => JSON.parse(readFileSync(`geodata/${layer.file}`, 'utf8')).features.length as number)
  .reduce((sum, count) => sum + count, 0);

describe('a map without WebGL', () => {
  it('draws the situation as SVG; Miraflores opens its context by click, another place by keyboard', async () => {
    const session = await openApp({ args: ['--disable-webgl', '--disable-3d-apis'] });
    const { page } = session;
    try {
      const map = page.getByRole('group', { name: 'Map of the situation' });
      await expect.poll(() => map.isVisible(), { timeout: 20_000 }).toBe(true);
      expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);
      expect(await page.getByRole('status').filter({ hasText: 'WebGL is off' }).count()).toBe(1);
      // Every feature of every layer shown is drawn, over the basemap's land and labels.
      await expect.poll(() => map.getByRole('button').count()).toBe(featureCount);
      await expect
        .poll(async () => (await map.locator('path.land').getAttribute('d'))?.length ?? 0)
        .toBeGreaterThan(1000);
      expect(await map.locator('text', { hasText: 'Venezuela' }).count()).toBeGreaterThan(0);
      // It follows the layer toggles, as the WebGL map does.
      const hidden = manifest.layers.find((layer) => !layer.visible)!;
      await page.getByRole('checkbox', { name: hidden.title }).check();
      const hiddenCount = JSON.parse(readFileSync(`geodata/${hidden.file}`, 'utf8')).features.length;
      await expect.poll(() => map.getByRole('button').count()).toBe(featureCount + hiddenCount);
      await page.getByRole('checkbox', { name: hidden.title }).uncheck();
      await expect.poll(() => map.getByRole('button').count()).toBe(featureCount);
      expect(await page.locator('figure.svg-map figcaption').textContent()).toMatch(
        /Natural Earth.*GeoNames/s
      );

      const miraflores = map.getByRole('button', { name: /^Miraflores Palace/ });
      await miraflores.click();
      const panel = page.getByTestId('context-panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.getByRole('heading', { level: 2 }).textContent()).toContain('Miraflores');
      expect(await miraflores.getAttribute('aria-pressed')).toBe('true');
      expect(page.url()).toContain('feature=miraflores');

      // A rumoured line is dotted; the keyboard opens a feature as well as the mouse.
      const route = map.getByRole('button', { name: /Caracas to Pacaraima/ });
      expect(await route.locator('path.outline').getAttribute('stroke-dasharray')).toBeTruthy();
      await route.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
        .toContain('Caracas to Pacaraima');
      expect(session.errors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

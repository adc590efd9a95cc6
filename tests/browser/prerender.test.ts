/**
 * The story before the script (scripts/vite/prerender.ts): the built index.html already holds the title,
 * the as-of date, the layers and the places with their short summaries; a reader without JavaScript reads
 * them, and the script hydrates that same markup instead of drawing the page again.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { manifest } from '../../src/data/load';
import { excerpt } from '../../src/ui/excerpt';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { waitForMapIdle } from './harness';

const palace = JSON.parse(readFileSync('geodata/miraflores.geojson', 'utf8')).features[0].properties as {
  name: string;
  summary: string;
};

describe('the prerendered page', () => {
  it('index.html holds the title, the date, a layer, a place and its summary before any script runs', async () => {
    const html = await (await fetch(inject('baseUrl'))).text();
    const start = html.indexOf('<div id="app" data-prerendered="en">');
    expect(start).toBeGreaterThan(0);
    const app = html.slice(start);
    expect(app).toMatch(new RegExp(`<h1[^>]*>${manifest.title}</h1>`));
    expect(app).toMatch(/As of <time datetime="\d{4}-\d\d-\d\d"/);
    expect(app).toContain(manifest.layers[0]!.title);
    expect(app).toContain(palace.name);
    const summary = excerpt(palace.summary);
    expect(summary.length).toBeGreaterThan(20);
    expect(app).toContain(summary);
  });

  it('a reader without JavaScript sees the story', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 800 }
      });
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(manifest.title);
      expect(await page.getByRole('checkbox', { name: new RegExp(manifest.layers[0]!.title) }).count()).toBe(
        1
      );
      const places = page.getByRole('navigation', { name: 'Places' });
      await places.getByRole('button', { name: palace.name }).scrollIntoViewIfNeeded();
      expect(await places.getByRole('button', { name: palace.name }).isVisible()).toBe(true);
      expect(await places.getByText(excerpt(palace.summary)).isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('on a phone without JavaScript the story is open over the map, and with it the drawer closes', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 390, height: 844 }
        });
        const page = await context.newPage();
        await page.goto(inject('baseUrl'));
        const place = page
          .getByRole('navigation', { name: 'Places' })
          .getByRole('button', { name: palace.name });
        if (javaScriptEnabled) await waitForMapIdle(page);
        // The app starts the phone's drawer closed, the map first; the prerendered page cannot open it.
        expect(await place.isVisible()).toBe(!javaScriptEnabled);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('the script hydrates the prerendered markup rather than replacing it, without errors', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      // Hold the app's script so the prerendered page can be marked before it runs.
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.place-list li').first().waitFor();
      await page.evaluate(() => {
        document.querySelector('h1')!.dataset['prerendered'] = 'yes';
        document.querySelector('.place-list li')!.setAttribute('data-prerendered', 'yes');
      });
      release();
      await waitForMapIdle(page);
      // Same elements: hydration kept them (a fresh mount would have dropped the marks).
      expect(await page.locator('h1[data-prerendered="yes"]').count()).toBe(1);
      expect(await page.locator('.place-list li[data-prerendered="yes"]').count()).toBe(1);
      // And they are live: a place in the list opens its context.
      await page
        .getByRole('navigation', { name: 'Places' })
        .getByRole('button', { name: palace.name })
        .click();
      await expect.poll(() => page.url()).toContain('feature=miraflores');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

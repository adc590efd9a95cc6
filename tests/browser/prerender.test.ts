/**
 * The story before the script (scripts/vite/prerender.ts): the built index.html already holds the title,
 * the as-of date, the layers and the places with their short summaries; a reader without JavaScript reads
 * them, and the script hydrates that same markup instead of drawing the page again. Each language has its
 * own page (es/index.html), preloading its own layer files, and the pages name each other with hreflang.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { manifest } from '../../src/data/load';
import { localiseCollection, localiseManifest } from '../../src/data/localise';
import type { Manifest, SituationCollection } from '../../src/data/schema';
import { excerpt } from '../../src/ui/excerpt';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { waitForMapIdle } from './harness';

const miraflores = JSON.parse(readFileSync('geodata/miraflores.geojson', 'utf8')) as SituationCollection;
const palace = miraflores.features[0]!.properties;
const palacio = localiseCollection(miraflores, 'es').features[0]!.properties;
const spanish = localiseManifest(JSON.parse(readFileSync('geodata/manifest.json', 'utf8')) as Manifest, 'es');
const esMessages = JSON.parse(readFileSync('messages/es.json', 'utf8')) as Record<string, string>;

const links = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*>`, 'g'))].map((match) => match[0]);

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

  it('es/ holds the story in Spanish, with Spanish meta text and its own layer files; hreflang pairs the two', async () => {
    const english = await (await fetch(inject('baseUrl'))).text();
    const html = await (await fetch(new URL('es/', inject('baseUrl')))).text();
    expect(html).toMatch(/<html lang="es"/);
    const app = html.slice(html.indexOf('<div id="app" data-prerendered="es">'));
    expect(app.length).toBeGreaterThan(1000);
    expect(app).toMatch(new RegExp(`<h1[^>]*>${spanish.title}</h1>`));
    expect(app).toContain(spanish.layers[0]!.title);
    expect(palacio.name).toBe('Palacio de Miraflores');
    expect(app).toContain(palacio.name);
    expect(app).toContain(excerpt(palacio.summary));
    expect(app).not.toContain(excerpt(palace.summary));
    expect(html).toContain(`<title>${spanish.title}</title>`);
    expect(html).toContain(`content="${esMessages['page_og_description']}"`);
    // Its own share card, the map with Spanish labels; the English page keeps its own.
    expect(html).toMatch(/<meta property="og:image" content="[^"]*\/og-image-es\.png"/);
    expect(english).toMatch(/<meta property="og:image" content="[^"]*\/og-image\.png"/);
    const card = await fetch(new URL('og-image-es.png', inject('baseUrl')));
    expect(card.headers.get('content-type')).toBe('image/png');
    for (const page of [english, html]) {
      const alternates = links(page, 'alternate').join('\n');
      expect(alternates).toContain('hreflang="en" href="/"');
      expect(alternates).toContain('hreflang="es" href="/es/"');
      expect(alternates).toContain('hreflang="x-default" href="/"');
    }
    // Each page preloads one file per layer, in its own language only.
    const preloads = (page: string) => links(page, 'preload').map((link) => /href="([^"]+)"/.exec(link)![1]!);
    expect(preloads(html)).toHaveLength(manifest.layers.length);
    expect(preloads(html).every((href) => /\.es-[^/]+\.geojson$/.test(href))).toBe(true);
    expect(preloads(english).every((href) => /\.en-[^/]+\.geojson$/.test(href))).toBe(true);
    const file = preloads(html).find((href) => href.includes('/miraflores.es-'))!;
    const text = await (await fetch(new URL(file, inject('baseUrl')))).text();
    expect(text).toContain('Palacio de Miraflores');
    expect(text).not.toContain('"i18n"');
    expect(text).not.toContain(palace.summary);
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

  for (const [path, locale, name] of [
    ['', 'en-GB', palace.name],
    ['es/', 'es-VE', palacio.name]
  ] as const)
    it(`the script hydrates the prerendered markup rather than replacing it, without errors (/${path})`, async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale });
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
        await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'commit' });
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('.place-list li').first().waitFor();
        await page.evaluate(() => {
          document.querySelector('h1')!.dataset['prerendered'] = 'yes';
          document.querySelector('.place-list li')!.setAttribute('data-prerendered', 'yes');
        });
        release();
        await waitForMapIdle(page);
        // Same page, same elements: hydration kept them (a fresh mount or a redirect would have dropped the marks).
        expect(new URL(page.url()).pathname).toBe(`/${path}`);
        expect(await page.locator('h1[data-prerendered="yes"]').count()).toBe(1);
        expect(await page.locator('.place-list li[data-prerendered="yes"]').count()).toBe(1);
        // And they are live: a place in the list opens its context.
        await page.locator('.place-list').getByRole('button', { name }).click();
        await expect.poll(() => page.url()).toContain('feature=miraflores');
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
});

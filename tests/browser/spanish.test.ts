/**
 * Spanish: a reader whose browser speaks Spanish gets the map in Spanish (the interface and the story), the
 * EN | ES switch changes language through the link's `lang=` without losing the selection, and a shared
 * link opens in the sender's language whatever the reader's browser says, and an imported file's problems
 * are told in Spanish too (they are worded in the import worker, which gets the page's language).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, waitForMapIdle } from './harness';

const IMPORT_FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const hashParam = (page: Page, name: string) =>
  new URLSearchParams(new URL(page.url()).hash.slice(1)).get(name);

describe('the map in Spanish', () => {
  it('a Spanish browser (es-VE) gets the Spanish map, and the switch round-trips through the URL', async () => {
    const session = await openApp({ locale: 'es-VE' });
    const { page } = session;
    try {
      await expect.poll(() => htmlLang(page)).toBe('es');
      await expect.poll(() => hashParam(page, 'lang')).toBe('es');
      // The Spanish page, prerendered in Spanish (scripts/vite/prerender.ts), not the English one redrawn.
      expect(new URL(page.url()).pathname).toBe('/es/');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Mapa de la situación en el Caribe');
      // The as-of date in Spanish words and order: "Situación al 1 dic 2025".
      await expect
        .poll(() => page.locator('.masthead .as-of').textContent())
        .toMatch(/Situación al\s+1 dic 2025/);
      // A layer's title, from the story's Spanish, and the interface around it.
      const layers = page.getByRole('region', { name: 'Capas' });
      await expect
        .poll(() => layers.getByRole('checkbox', { name: /Espacio aéreo que Trump dio por cerrado/ }).count())
        .toBe(1);

      // A place's summary and a quote kept in the speaker's words with this map's translation beside it.
      await page
        .getByRole('navigation', { name: 'Lugares' })
        .getByRole('button', { name: 'Palacio de Miraflores' })
        .click();
      const panel = page.getByTestId('context-panel');
      await expect
        .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
        .toBe('Palacio de Miraflores');
      await expect
        .poll(() => panel.locator('.summary').textContent())
        .toMatch(/^La sede oficial de la Presidencia/);
      const translation = panel.getByTestId('quote-translation').first();
      await expect.poll(() => translation.textContent()).toMatch(/Traducción de este mapa:.*Queremos paz/);
      await expect.poll(() => panel.locator('blockquote').first().textContent()).toMatch(/We want peace/);
      await expect.poll(() => hashParam(page, 'feature')).toBe('miraflores');

      // EN: the same link in English, the selection kept.
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await expect.poll(() => hashParam(page, 'lang')).toBe('en');
      await expect.poll(() => htmlLang(page)).toBe('en');
      expect(new URL(page.url()).pathname).toBe('/');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Caribbean situation map');
      await expect
        .poll(() => page.getByTestId('context-panel').getByRole('heading', { level: 2 }).textContent())
        .toBe('Miraflores Palace');
      expect(hashParam(page, 'feature')).toBe('miraflores');

      // And back to ES.
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
      await expect.poll(() => hashParam(page, 'lang')).toBe('es');
      await expect.poll(() => htmlLang(page)).toBe('es');
      expect(new URL(page.url()).pathname).toBe('/es/');
      await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Capas' }).count()).toBe(1);
      expect(hashParam(page, 'feature')).toBe('miraflores');

      expect(session.errors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });

  it('a link with lang=es opens in Spanish in an English browser (the sender’s language wins)', async () => {
    const session = await openApp({ locale: 'en-US', path: '#lang=es' });
    const { page } = session;
    try {
      await expect.poll(() => htmlLang(page)).toBe('es');
      await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Lugares' }).count()).toBe(1);
      // The words the map writes on inexact shapes, and the key that explains them, are Spanish too.
      await waitForMapIdle(page);
      const mark = await page.evaluate(() =>
        JSON.stringify(window.__map!.getLayoutProperty('closed-airspace-mark', 'text-field'))
      );
      expect(mark).toContain('"aprox."');
      expect(mark).toContain('"esquemático"');
      expect(mark).not.toContain('approx.');
      const legend = page.getByRole('region', { name: 'Certeza en el mapa' });
      await expect.poll(() => legend.textContent()).toMatch(/«aprox\.».*«esquemático»/s);
      // The basemap's names (Mar Caribe, Brasil) and MapLibre's own buttons.
      const seaLabel = await page.evaluate(() =>
        JSON.stringify(window.__map!.getLayoutProperty('basemap-sea-labels', 'text-field'))
      );
      expect(seaLabel).toContain('name_es');
      const labels = await page.evaluate(() =>
        window
          .__map!.queryRenderedFeatures({ layers: ['basemap-sea-labels', 'basemap-country-labels'] })
          .map((feature) => String(feature.properties['name_es'] ?? feature.properties['name']))
      );
      expect(labels).toContain('Mar Caribe');
      expect(await page.getByRole('button', { name: 'Acercar' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Alejar' }).count()).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });

  it('a broken file imported on the Spanish map is refused in Spanish, and its partial import told in Spanish', async () => {
    const session = await openApp({ locale: 'en-US', path: '#lang=es' });
    const { page } = session;
    const alerts = page.locator('.tools [role="alert"]');
    const name = 'one-bad-feature-among-good.geojson';
    const expected = readFileSync(`${IMPORT_FIXTURES}one-bad-feature-among-good.expected.es.txt`, 'utf8');
    try {
      await expect.poll(() => htmlLang(page)).toBe('es');
      await waitForMapIdle(page);
      await page.getByTestId('import-file').setInputFiles(IMPORT_FIXTURES + name);
      await expect
        .poll(() => alerts.textContent(), { timeout: 15_000 })
        .toContain(`No se pudo importar «${name}»`);
      const text = (await alerts.textContent()) ?? '';
      // The place in the file as the file has it, the words around it in Spanish.
      for (const line of expected.trim().split('\n')) expect(text).toContain(line);
      expect(text).toContain('features[1].geometry.coordinates[1] (elemento "bad-one"): debe ser un número');
      expect(text).not.toMatch(/must be|got the string|can be imported/);

      // The way out the alert offers, and the note about what was left out, in Spanish as well.
      await alerts.getByRole('button', { name: 'Importar los 2 elementos que sí se pueden dibujar' }).click();
      const status = page.locator('.tools [role="status"]');
      await expect
        .poll(() => status.textContent(), { timeout: 15_000 })
        .toContain(`${name}: se dejó fuera 1 elemento por estos errores:`);
      expect(await status.textContent()).toContain('se encontró el texto "10.5"');
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

/**
 * Analyst tools, import and export, as a person uses them: pick or drop a file, read what is wrong with it,
 * see a good one become a layer that survives a reload, download what the map shows and import it back.
 * The situation layers must stay drawn throughout (queryRenderedFeatures), and nothing may log an error.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import {
  clickLngLat,
  openApp,
  renderedSources,
  untagged,
  waitForMapIdle,
  type Session,
  shareApp
} from './harness';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const badFiles = readdirSync(FIXTURES).filter((name) => /\.(geo)?json$/.test(name));
/** The situation layers drawn at start: those the manifest turns on. */
const situationIds = manifest.layers
  .filter((layer) => layer.visible)
  .map((layer) => layer.id)
  .sort();
const work = mkdtempSync(join(tmpdir(), 'import-export-'));

const writeJson = (name: string, value: unknown) => {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

const goodFile = writeJson('caracas-sites.geojson', {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { title: 'Sea marker', note: '<img src=x onerror="window.__pwned=1">', id: 'miraflores' },
      geometry: { type: 'Point', coordinates: [-70.5, 15.5] }
    },
    {
      type: 'Feature',
      properties: { name: 'Sea box' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-75, 16],
            [-73, 16],
            [-73, 17],
            [-75, 17],
            [-75, 16]
          ]
        ]
      }
    }
  ]
});

/** Drags files made in the page over the map and drops them, as from the desktop (real DataTransfer). */
async function dropFiles(page: Page, files: { name: string; text?: string; zeroBytes?: number }[]) {
  await page.evaluate((specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs)
      transfer.items.add(
        new File([spec.zeroBytes ? new Uint8Array(spec.zeroBytes) : (spec.text ?? '')], spec.name)
      );
    (window as { __transfer?: DataTransfer }).__transfer = transfer;
    const target = document.querySelector('.map-area')!;
    target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    target.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })
    );
  }, files);
  await expect
    .poll(() => page.getByTestId('drop-overlay').textContent())
    .toBe('Drop a GeoJSON file to add it as a layer');
  await page.evaluate(() => {
    const transfer = (window as { __transfer?: DataTransfer }).__transfer!;
    document
      .querySelector('.map-area')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
}

describe('import and export', () => {
  let session: Session;
  const page = () => session.page;
  const alerts = () => page().locator('.tools [role="alert"]');
  const status = () => page().locator('.tools [role="status"]');
  const fileInput = () => page().getByTestId('import-file');
  /** The tagged id of an imported layer's source, from its untagged one. */
  const sourceId = (id: string) =>
    page().evaluate(
      (prefix) => Object.keys(window.__map!.getStyle().sources).find((s) => s.startsWith(`${prefix}-`))!,
      id
    );

  async function dismissAll() {
    while ((await page().getByRole('button', { name: 'Dismiss' }).count()) > 0)
      await page().getByRole('button', { name: 'Dismiss' }).first().click();
  }

  /** Records every status line the page shows, to check that progress was visible. */
  async function watchStatus() {
    await page().evaluate(() => {
      const seen: string[] = [];
      (window as { __statusLines?: string[] }).__statusLines = seen;
      const node = document.querySelector('.tools [role="status"]')!;
      new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, {
        childList: true,
        characterData: true,
        subtree: true
      });
    });
  }

  shareApp((opened) => (session = opened));

  it.each(badFiles)('refuses %s with its own message, and the map keeps its layers', async (name) => {
    const expected = readFileSync(join(FIXTURES, name.replace(/\.(geo)?json$/, '.expected.txt')), 'utf8');
    await fileInput().setInputFiles(join(FIXTURES, name));
    await expect
      .poll(() => alerts().textContent(), { timeout: 15_000 })
      .toContain(`Could not import “${name}”`);
    const text = (await alerts().textContent()) ?? '';
    expect(text).toContain(expected.split('\n')[0]);
    if (name.startsWith('not-geojson')) expect(text).not.toMatch(/invalid JSON|not valid JSON/i);
    expect(await renderedSources(session)).toEqual(situationIds);
    await dismissAll();
    expect(await alerts().count()).toBe(0);
  });

  it('a dropped file gets the overlay and the same checks; a huge one is refused before reading', async () => {
    await dropFiles(page(), [{ name: 'dropped.json', text: '{"hello": "world"}' }]);
    await expect
      .poll(() => alerts().textContent(), { timeout: 15_000 })
      .toContain('dropped.json: is JSON but not GeoJSON');
    expect(await page().getByTestId('drop-overlay').count()).toBe(0);
    await dropFiles(page(), [{ name: 'huge.geojson', zeroBytes: 51 * 1024 * 1024 }]);
    await expect
      .poll(() => alerts().textContent())
      .toContain('huge.geojson: is 51 MB; files over 50 MB are refused');
    expect(await renderedSources(session)).toEqual(situationIds);
    await dismissAll();
  });

  it('a good file becomes layers with toggles, legend, places and clickable features (shown as text)', async () => {
    await fileInput().setInputFiles(goodFile);
    await expect
      .poll(() => status().textContent(), { timeout: 20_000 })
      .toMatch(/Added “caracas-sites\.geojson \(areas\)”/);
    const points = page().getByRole('checkbox', { name: 'caracas-sites.geojson (points)' });
    const areas = page().getByRole('checkbox', { name: 'caracas-sites.geojson (areas)' });
    expect(await points.isChecked()).toBe(true);
    expect(await areas.isChecked()).toBe(true);
    await page().evaluate(() => window.__map!.jumpTo({ center: [-71, 14], zoom: 5 }));
    const sources = await renderedSources(session);
    expect(sources.filter((id) => id.startsWith('import-'))).toEqual([
      'import-caracas-sites-1',
      'import-caracas-sites-2'
    ]);
    expect(await page().locator('.place-list').getByRole('button', { name: 'Sea marker' }).count()).toBe(1);
    await clickLngLat(session, [-70.5, 15.5]);
    const panel = page().getByTestId('context-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Sea marker');
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain('<img src=x onerror="window.__pwned=1">');
    expect(panelText).toContain('originalId');
    expect(await panel.locator('img').count()).toBe(0);
    await page().keyboard.press('Escape');
    await points.uncheck();
    expect(await renderedSources(session)).not.toContain('import-caracas-sites-2');
    await points.check();
    expect(await renderedSources(session)).toContain('import-caracas-sites-2');
  });

  it('imported layers are still there after a reload, and a removed one is gone for good', async () => {
    await page().reload();
    await waitForMapIdle(page());
    const points = page().getByRole('checkbox', { name: 'caracas-sites.geojson (points)' });
    await expect.poll(() => points.count(), { timeout: 15_000 }).toBe(1);
    await page().evaluate(() => window.__map!.jumpTo({ center: [-71, 14], zoom: 5 }));
    expect(await renderedSources(session)).toEqual(
      [...situationIds, 'import-caracas-sites-1', 'import-caracas-sites-2'].sort()
    );
    await page().getByRole('button', { name: 'Remove caracas-sites.geojson (areas)' }).click();
    await expect
      .poll(() =>
        page()
          .getByRole('checkbox', { name: /\(areas\)/ })
          .count()
      )
      .toBe(0);
    expect(await renderedSources(session)).not.toContain('import-caracas-sites-1');
    await page().reload();
    await waitForMapIdle(page());
    await expect.poll(() => points.count(), { timeout: 15_000 }).toBe(1);
    expect(
      await page()
        .getByRole('checkbox', { name: /\(areas\)/ })
        .count()
    ).toBe(0);
    await page().evaluate(() => window.__map!.jumpTo({ center: [-65.5, 9.5], zoom: 4.6 }));
  });

  it('an imported layer switched off stays off after a reload, and on when switched on again', async () => {
    const points = () => page().getByRole('checkbox', { name: 'caracas-sites.geojson (points)' });
    const reloadAndWait = async () => {
      await page().reload();
      await waitForMapIdle(page());
      await expect.poll(() => points().count(), { timeout: 15_000 }).toBe(1);
    };
    await points().uncheck();
    await expect.poll(() => page().url()).toMatch(/layers=[^&]*/);
    expect(page().url()).not.toContain('import-caracas-sites-2');
    await reloadAndWait();
    expect(await points().isChecked()).toBe(false);

    await points().check();
    await expect.poll(() => page().url()).not.toContain('layers=');
    await reloadAndWait();
    expect(await points().isChecked()).toBe(true);
  });

  it('imports 100 000 points with visible progress and no errors', async () => {
    const features = Array.from({ length: 100_000 }, (_, i) => ({
      type: 'Feature',
      properties: { n: i },
      geometry: { type: 'Point', coordinates: [-80 + (i % 400) * 0.05, 12 + Math.floor(i / 400) * 0.02] }
    }));
    const big = writeJson('hundred-thousand.geojson', { type: 'FeatureCollection', features });
    await watchStatus();
    // The import goes to MapLibre as vector tiles from the import worker, never as GeoJSON (which MapLibre
    // would copy into its worker and back: seconds for this many points).
    await page().evaluate(() => {
      const map = window.__map!;
      const addSource = map.addSource.bind(map);
      const added: Record<string, string> = {};
      (window as { __sourcesAdded?: Record<string, string> }).__sourcesAdded = added;
      map.addSource = (id, spec) => ((added[id] = spec.type), addSource(id, spec));
    });
    const started = Date.now();
    await fileInput().setInputFiles(big);
    await expect.poll(() => status().textContent(), { timeout: 60_000 }).toMatch(/Added “hundred-thousand/);
    const elapsed = Date.now() - started;
    const lines = await page().evaluate(() => (window as { __statusLines?: string[] }).__statusLines!);
    expect(
      lines.some((line) => /Validating hundred-thousand\.geojson: [\d,]+ of 100,000 features/.test(line))
    ).toBe(true);
    expect(await alerts().count()).toBe(0);
    const toggle = page().getByRole('checkbox', { name: 'hundred-thousand.geojson' });
    expect(await toggle.isChecked()).toBe(true);
    expect(await renderedSources(session)).toContain('import-hundred-thousand-3');
    console.info(`100 000 points imported in ${elapsed} ms`);
    expect(
      await page().evaluate(() => (window as { __sourcesAdded?: Record<string, string> }).__sourcesAdded)
    ).toEqual({ [await sourceId('import-hundred-thousand-3')]: 'vector' });

    // So many points are drawn as counted clusters; a click on one zooms in towards its points.
    const bigSource = await sourceId('import-hundred-thousand-3');
    const cluster = await page().evaluate((source) => {
      const map = window.__map!;
      const [first] = map.queryRenderedFeatures({ layers: [`${source}-cluster`] });
      if (!first || first.geometry.type !== 'Point') return null;
      return {
        lngLat: first.geometry.coordinates as [number, number],
        count: Number(first.properties['point_count']),
        zoom: map.getZoom()
      };
    }, bigSource);
    expect(cluster?.count).toBeGreaterThan(1);
    await clickLngLat(session, cluster!.lngLat);
    await expect
      .poll(() => page().evaluate(() => window.__map!.getZoom()))
      .toBeGreaterThan(cluster!.zoom + 0.5);
    await waitForMapIdle(page());
    expect(await page().getByTestId('context-panel').count()).toBe(0); // a cluster is not a place
    await page().evaluate(() => window.__map!.jumpTo({ center: [-65.5, 9.5], zoom: 4.6 }));
    await page().getByRole('button', { name: 'Remove hundred-thousand.geojson' }).click();
    await expect.poll(() => toggle.count()).toBe(0);
  });

  it('a clustered import follows the as-of date: clusters count only the points shown that day', async () => {
    const features = Array.from({ length: 2400 }, (_, i) => ({
      type: 'Feature',
      properties: { name: `Event ${i}`, since: i % 2 ? '2025-11-15' : '2025-09-01' },
      geometry: { type: 'Point', coordinates: [-60.5 + (i % 40) * 0.02, 14.5 + Math.floor(i / 40) * 0.015] }
    }));
    await fileInput().setInputFiles(
      writeJson('dated-events.geojson', { type: 'FeatureCollection', features })
    );
    const toggle = page().getByRole('checkbox', { name: 'dated-events.geojson' });
    await expect.poll(() => toggle.count(), { timeout: 30_000 }).toBe(1);
    const id = await page().evaluate(() =>
      Object.keys(window.__map!.getStyle().sources).find((source) => source.startsWith('import-dated'))!
    );
    /** Points drawn, each cluster counted by its size (clusters by cluster_id, points by id, once). */
    const pointsDrawn = async () => {
      await waitForMapIdle(page());
      return page().evaluate((source) => {
        const seen = new Map<string, number>();
        for (const f of window.__map!.queryRenderedFeatures({
          layers: [`${source}-cluster`, `${source}-circle`]
        })) {
          const count = f.properties['point_count'];
          if (count) seen.set(`c${String(f.properties['cluster_id'])}`, Number(count));
          else seen.set(String(f.properties['id']), 1);
        }
        return { total: [...seen.values()].reduce((a, b) => a + b, 0), clusters: seen.size };
      }, id);
    };
    const before = await pointsDrawn();
    expect(before.total).toBe(2400);
    expect(before.clusters).toBeLessThan(100); // clustered, not 2,400 dots
    await page().getByLabel('Situation as of (date)').fill('2025-10-01');
    await expect.poll(async () => (await pointsDrawn()).total, { timeout: 15_000 }).toBe(1200);
    await page().getByLabel('Situation as of (date)').fill('2025-12-01');
    await expect.poll(async () => (await pointsDrawn()).total, { timeout: 15_000 }).toBe(2400);
    await page().getByRole('button', { name: 'Remove dated-events.geojson' }).click();
    await expect.poll(() => toggle.count()).toBe(0);
  });

  it('downloads the visible layers as GeoJSON that imports back cleanly', async () => {
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'Download GeoJSON' }).click()
    ]);
    expect(download.suggestedFilename()).toBe(`caribbean-situation-map-${manifest.asOf}.geojson`);
    const path = join(work, download.suggestedFilename());
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as {
      type: string;
      features: { properties: { layer: string } }[];
    };
    expect(exported.type).toBe('FeatureCollection');
    const layers = new Set(exported.features.map((f) => untagged(f.properties.layer)));
    expect([...layers].sort()).toEqual([...situationIds, 'import-caracas-sites-2'].sort());
    await fileInput().setInputFiles(path);
    await expect
      .poll(() => status().textContent(), { timeout: 20_000 })
      .toMatch(/Added “caribbean-situation-map/);
    expect(await alerts().count()).toBe(0);
  });

  it('downloads the map view as a PNG of the map’s size, with pixels drawn', async () => {
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'Download PNG' }).click()
    ]);
    expect(download.suggestedFilename()).toBe(`caribbean-situation-map-${manifest.asOf}.png`);
    const path = join(work, 'map.png');
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    const canvas = await page().evaluate(() => {
      const c = window.__map!.getCanvas();
      return { width: c.width, height: c.height };
    });
    expect(size).toEqual(canvas);
    const colours = await page().evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(20);
  });
});

describe('import on a phone', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 390, height: 844 } });
    await waitForMapIdle(session.page);
  });
  afterAll(async () => {
    expect(session.errors).toEqual([]);
    await session?.browser.close();
  });

  it('a dropped file that is refused opens the closed sidebar on its message', async () => {
    const sidebar = session.page.locator('#sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    await dropFiles(session.page, [{ name: 'dropped.json', text: '{"hello": "world"}' }]);
    const alert = session.page.locator('.tools [role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('is JSON but not GeoJSON');
    expect(await sidebar.isVisible()).toBe(true);
    // In view, not below the layer list: the whole message is on screen.
    const box = (await alert.locator('.alert').last().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1); // sub-pixel layout
  });
});

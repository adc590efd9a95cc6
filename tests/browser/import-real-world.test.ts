/**
 * Importing what people actually have (issue 17), as a person would: files that break an RFC SHOULD are
 * repaired and said so, a partly broken file can be imported without its bad features, hostile properties
 * and a huge polygon never break a panel or a `#feature=` reload, file names never reach HTML, two tabs
 * keep their own layers, a damaged stored record is set aside, and data anywhere in the world can be found.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickLngLat, renderedSources, untagged, waitForMapIdle, type Session, shareApp } from './harness';

type Json = Record<string, unknown>;
const collection = (...features: Json[]) => ({ type: 'FeatureCollection', features });
const point = (id: string, coordinates: number[], properties: Json = {}) => ({
  type: 'Feature',
  properties: { id, name: id, ...properties },
  geometry: { type: 'Point', coordinates }
});

async function importJson(page: Page, name: string, value: unknown) {
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(value))
  });
}

const alerts = (page: Page) => page.locator('.tools [role="alert"]');
const status = (page: Page) => page.locator('.tools [role="status"]');
const panel = (page: Page) => page.getByTestId('context-panel');

async function dismissAll(page: Page) {
  while ((await page.getByRole('button', { name: 'Dismiss' }).count()) > 0)
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
}

/** A circle of `n` vertices at sea, north of Curaçao: a polygon far bigger than anything drawn by hand. */
function seaCircle(n: number) {
  const ring = Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [-68.5 + 0.6 * Math.cos(a), 14.5 + 0.4 * Math.sin(a)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

describe('importing real-world files', () => {
  let session: Session;
  const page = () => session.page;

  shareApp((opened) => (session = opened));

  it('the server sends the Content-Security-Policy as a header, so it covers the import worker', async () => {
    // The page and its scripts alike: a worker's policy is the one its own script was served with.
    const policies = await page().evaluate(async () => {
      const script = document.querySelector<HTMLScriptElement>('script[type="module"]')!.src;
      const responses = await Promise.all(['/', script].map((url) => fetch(url)));
      return responses.map((response) => response.headers.get('content-security-policy'));
    });
    for (const policy of policies) {
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'; worker-src/);
      expect(policy).not.toMatch(/frame-ancestors/);
    }
  });

  it('repairs winding and antimeridian data, and says what it did in one line per kind', async () => {
    const clockwise = [
      [-70, 15],
      [-70, 16],
      [-69, 16],
      [-69, 15],
      [-70, 15]
    ];
    await importJson(
      page(),
      'qgis-export.geojson',
      collection(
        {
          type: 'Feature',
          properties: { name: 'Box' },
          geometry: { type: 'Polygon', coordinates: [clockwise] }
        },
        point('suva', [538.4, -18.1])
      )
    );
    await expect
      .poll(() => status(page()).textContent(), { timeout: 20_000 })
      .toContain('qgis-export.geojson: 1 ring rewound to RFC 7946 order');
    expect(await status(page()).textContent()).toContain(
      '1 geometry given with longitudes past ±180° moved back round the world'
    );
    expect(await alerts(page()).count()).toBe(0);
    // "Kept" only once IndexedDB has the copy.
    await expect
      .poll(() => page().getByTestId('import-kept').textContent(), { timeout: 15_000 })
      .toContain('“qgis-export.geojson”');
  });

  it('a file with one broken feature is refused with its place, then imported without it on request', async () => {
    await importJson(
      page(),
      'partly-broken.geojson',
      collection(
        point('good-one', [-64, 13]),
        point('bad-one', [-64, '13.5' as unknown as number]),
        point('good-two', [-63.5, 13])
      )
    );
    await expect
      .poll(() => alerts(page()).textContent(), { timeout: 20_000 })
      .toContain(
        'partly-broken.geojson: at features[1].geometry.coordinates[1] (feature "bad-one"): must be a number, got the string "13.5"'
      );
    expect(await page().getByRole('checkbox', { name: 'partly-broken.geojson' }).count()).toBe(0);
    await page().getByRole('button', { name: 'Import the 2 features that can be drawn' }).click();
    const toggle = page().getByRole('checkbox', { name: 'partly-broken.geojson' });
    await expect.poll(() => toggle.count(), { timeout: 20_000 }).toBe(1);
    // The layer is on the map first; its places and the outcome follow once the map has drawn it.
    await expect
      .poll(() => status(page()).textContent(), { timeout: 20_000 })
      .toContain('partly-broken.geojson: 1 feature left out for these faults:');
    expect(await page().locator('.place-list').getByRole('button', { name: 'good-two' }).count()).toBe(1);
    expect(await page().locator('.place-list').getByRole('button', { name: 'bad-one' }).count()).toBe(0);
  });

  const hostile = [
    point('junk-dates-number', [-61, 16], { summary: 'x', sources: [], dates: 7 }),
    point('junk-dates-description', [-61.2, 16], {
      summary: 'x',
      sources: [],
      dates: [{ date: '2025-09-02', description: 'a strike' }]
    }),
    point('junk-sources-null', [-61.4, 16], { summary: 'x', sources: null }),
    point('junk-source-no-date', [-61.6, 16], {
      summary: 'x',
      sources: [{ title: 'Report', publisher: 'Agency', date: 20250902 }]
    }),
    point('junk-quotes-null', [-61.8, 16], { summary: 'x', sources: [], quotes: [null] }),
    point('four-numbers', [-62, 16, 0, 7])
  ];
  const big = {
    type: 'Feature',
    properties: { id: 'big-sea-polygon', name: 'Big sea polygon' },
    geometry: seaCircle(20_001)
  };

  it('hostile properties, a 4-number position and a huge polygon at sea: every panel opens, reloads included', async () => {
    await importJson(page(), 'hostile.geojson', collection(...hostile, big));
    const points = page().getByRole('checkbox', { name: 'hostile.geojson (points)' });
    await expect.poll(() => points.count(), { timeout: 30_000 }).toBe(1);
    for (const id of [...hostile.map((f) => (f.properties as { id: string }).id), 'big-sea-polygon']) {
      const name = id === 'big-sea-polygon' ? 'Big sea polygon' : id;
      await page().locator('.place-list').getByRole('button', { name, exact: true }).click();
      await expect.poll(() => panel(page()).getByRole('heading', { level: 2 }).textContent()).toBe(name);
      if (id === 'junk-dates-number')
        expect(await panel(page()).textContent()).toContain('dates (as in the file)');
      expect(page().url()).toContain(`feature=${id}`);
      // The same link opened again: the stored layer comes back and the panel opens without an error.
      await page().reload();
      await waitForMapIdle(page());
      await expect
        .poll(() => panel(page()).getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 })
        .toBe(name);
      expect(session.errors).toEqual([]);
      await page().keyboard.press('Escape');
    }
    // A click on the big polygon itself, on the canvas, answers too (the figure is bounded).
    await page().evaluate(() => window.__map!.jumpTo({ center: [-68.5, 14.5], zoom: 7 }));
    await waitForMapIdle(page());
    await clickLngLat(session, [-68.5, 14.5]);
    await expect
      .poll(() => panel(page()).getByRole('heading', { level: 2 }).textContent())
      .toBe('Big sea polygon');
    expect(await panel(page()).textContent()).toMatch(/Distance from the nearest coast/);
    await page().keyboard.press('Escape');
    await page().evaluate(() => window.__map!.jumpTo({ center: [-65.5, 9.5], zoom: 4.6 }));
  }, 240_000); // seven reloads, each drawn by SwiftShader

  it('file names with HTML or a right-to-left override stay text among the credits', async () => {
    const evil = '<a href=https:evil.example title=Reuters>Reuters, CC BY 4.0.geojson';
    const bidi = 'evil\u202Enosjoeg.geojson';
    await importJson(page(), evil, collection(point('evil-a', [-66, 12])));
    await importJson(page(), bidi, collection(point('evil-b', [-66.2, 12])));
    await expect
      .poll(() => page().getByRole('checkbox', { name: /evil/ }).count(), { timeout: 20_000 })
      .toBe(2);
    await waitForMapIdle(page());
    const attribution = page().locator('.maplibregl-ctrl-attrib-inner');
    expect(await attribution.locator('a[href*="evil"]').count()).toBe(0);
    expect(await attribution.textContent()).toContain(`Imported by you: ${evil}`);
    // The override is closed inside its own credit: what follows it is not reversed.
    const html = (await attribution.innerHTML()) ?? '';
    expect(html).toContain('<bdi>Imported by you: \u2068evil\u202Enosjoeg.geojson\u2069</bdi>');
    expect(html).not.toContain('<a href=https:evil');
  });

  it('an imported layer outside the story’s region says so, and “Zoom to” takes the map there', async () => {
    await importJson(
      page(),
      'fiji.geojson',
      collection(point('suva-fiji', [178.44, -18.14]), point('nadi-fiji', [177.44, -17.76]))
    );
    const noteOf = (title: string) =>
      page()
        .locator('.layer-panel li', { has: page().getByRole('checkbox', { name: title }) })
        .getByTestId('region-note');
    // No fly animation: SwiftShader draws a few frames a second.
    await page().emulateMedia({ reducedMotion: 'reduce' });
    const note = noteOf('fiji.geojson');
    await expect
      .poll(() => note.textContent(), { timeout: 20_000 })
      .toContain('Lies outside the story’s region');
    // The earlier file's box near Curaçao is inside; its point layer, Suva alone, is not.
    expect(await noteOf('qgis-export.geojson (areas)').count()).toBe(0);
    expect(await noteOf('qgis-export.geojson (points)').textContent()).toContain('Lies outside');
    await page().getByRole('button', { name: 'Zoom to fiji.geojson' }).click();
    await expect
      .poll(() => page().evaluate(() => window.__map!.getCenter().lng), { timeout: 10_000 })
      .toBeGreaterThan(170);
    const sources = await renderedSources(session);
    expect(sources.filter((id) => id.startsWith('import-fiji'))).toHaveLength(1);
    // Land is drawn there, from the coarse world basemap.
    const land = await page().evaluate(
      () => window.__map!.queryRenderedFeatures({ layers: ['basemap-world-land'] }).length
    );
    expect(land).toBeGreaterThan(0);
    await page().evaluate(() => window.__map!.jumpTo({ center: [-65.5, 9.5], zoom: 4.6 }));
    await page().emulateMedia({ reducedMotion: null });
  }, 120_000);

  it('a damaged stored layer is named and offered for removal; the others still load', async () => {
    await page().evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('situation-map-imports', 1);
          open.onsuccess = () => {
            const transaction = open.result.transaction('layers', 'readwrite');
            const store = transaction.objectStore('layers');
            const entry = {
              id: 'import-truncated-9-zzzzzz',
              file: 'truncated.geojson',
              title: 'truncated.geojson',
              description: '',
              kind: 'point',
              style: { color: '#000000' },
              attribution: '',
              visible: true
            };
            store.put({ id: entry.id, order: 1, entry, geojson: new Blob(['{"type":"FeatureColl']) });
            store.put({ id: 'import-no-entry-9-yyyyyy', order: 2 });
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
          open.onerror = () => reject(open.error);
        })
    );
    await page().reload();
    await waitForMapIdle(page());
    await expect
      .poll(() => alerts(page()).textContent(), { timeout: 20_000 })
      .toContain('Your imported layer “truncated.geojson” could not be restored');
    await expect
      .poll(() => alerts(page()).textContent(), { timeout: 20_000 })
      .toContain('import-no-entry-9-yyyyyy: its description');
    // The good ones are back.
    await expect
      .poll(() => page().getByRole('checkbox', { name: 'fiji.geojson' }).count(), { timeout: 20_000 })
      .toBe(1);
    // One at a time: a second click must not land on the first button before its alert has gone.
    const removeButtons = page().getByRole('button', { name: 'Remove it' });
    await expect.poll(() => removeButtons.count()).toBe(2);
    for (const left of [1, 0]) {
      await removeButtons.first().click();
      await expect.poll(() => removeButtons.count()).toBe(left);
    }
    await dismissAll(page());
    await page().reload();
    await waitForMapIdle(page());
    await expect
      .poll(() => page().getByRole('checkbox', { name: 'fiji.geojson' }).count(), { timeout: 20_000 })
      .toBe(1);
    await page().waitForTimeout(500);
    expect(await alerts(page()).count()).toBe(0);
  });

  it('two tabs importing files of the same name keep both layers, and Remove in one spares the other', async () => {
    const other = await page().context().newPage();
    other.on('pageerror', (error) => session.errors.push(`other tab: ${error.message}`));
    await other.goto(page().url());
    await waitForMapIdle(other);
    // Both tabs hold the same imported layers before either imports: each numbers its import alike.
    await expect
      .poll(() => other.getByRole('checkbox', { name: 'fiji.geojson' }).count(), { timeout: 20_000 })
      .toBe(1);
    await importJson(page(), 'sightings.geojson', collection(point('sighting-a', [-60, 12])));
    await importJson(other, 'sightings.geojson', collection(point('sighting-b', [-60.5, 12])));
    for (const tab of [page(), other])
      await expect
        .poll(() => tab.getByTestId('import-kept').textContent(), { timeout: 20_000 })
        .toContain('sightings.geojson');
    await page().reload();
    await waitForMapIdle(page());
    const toggles = page().getByRole('checkbox', { name: 'sightings.geojson' });
    await expect.poll(() => toggles.count(), { timeout: 20_000 }).toBe(2);
    const ids = await page().evaluate(() =>
      Object.keys(window.__map!.getStyle().sources).filter((id) => id.startsWith('import-sightings'))
    );
    // Each tab tags its layer ids: the same file name never gives the same id.
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => untagged(id) !== id)).toBe(true);
    await other.getByRole('button', { name: 'Remove sightings.geojson' }).click();
    await expect.poll(() => status(other).textContent()).toBe('Removed “sightings.geojson”.');
    await page().reload();
    await waitForMapIdle(page());
    await expect.poll(() => toggles.count(), { timeout: 20_000 }).toBe(1);
    await expect
      .poll(() => page().locator('.place-list').getByRole('button', { name: 'sighting-a' }).count())
      .toBe(1);
    await other.close();
  });
});

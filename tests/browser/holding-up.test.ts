/**
 * When something goes wrong the map stays up, says what happened, and never runs what data says.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { openApp, renderedSources, waitForMapIdle, type Session } from './harness';

/** Imports `count` points in rows east of Curaçao through the Tools area's file input. */
async function importPoints(page: Session['page'], fileName: string, count: number) {
  const points = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { name: `Point ${i}` },
    geometry: { type: 'Point', coordinates: [-62 + (i % 50) * 0.05, 13 + Math.floor(i / 50) * 0.05] }
  }));
  await page.getByTestId('import-file').setInputFiles({
    name: fileName,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: points }))
  });
}

/** The layers drawn at start (the manifest's `visible` ones), less the broken ones. */
const drawnBut = (...broken: string[]) =>
  manifest.layers
    .filter((l) => l.visible)
    .map((l) => l.id)
    .filter((id) => !broken.includes(id))
    .sort();

describe('a broken layer file at run time (a bad deploy)', () => {
  it('missing: the other layers draw and a banner names the broken one', async () => {
    const session = await openApp({
      beforeOpen: (page) =>
        page.route('**/assets/closed-airspace.*.geojson', (route) => route.fulfill({ status: 404 }))
    });
    try {
      const alert = session.page.getByRole('alert');
      await expect
        .poll(() => alert.textContent())
        .toMatch(/Airspace Trump called closed.*closed-airspace\.geojson.*HTTP 404/s);
      expect(await renderedSources(session)).toEqual(drawnBut('closed-airspace'));
      expect(
        await session.page.getByRole('checkbox', { name: /Airspace Trump called closed/ }).isDisabled()
      ).toBe(true);
      // The 404 itself is logged by Chromium; nothing else may be.
      expect(session.errors.filter((e) => !/404/.test(e))).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });

  it('invalid: not JSON, or JSON that is not GeoJSON, is named and contained', async () => {
    const session = await openApp({
      beforeOpen: async (page) => {
        await page.route('**/assets/border-route.*.geojson', (route) =>
          route.fulfill({ body: '{"type": "Feat' })
        );
        await page.route('**/assets/miraflores.*.geojson', (route) =>
          route.fulfill({ body: '{"type": "Topology"}' })
        );
      }
    });
    try {
      const alert = session.page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(/border-route\.geojson: is not valid JSON/);
      await expect
        .poll(() => alert.textContent())
        .toMatch(/miraflores\.geojson: is not a GeoJSON FeatureCollection/);
      expect(await renderedSources(session)).toEqual(drawnBut('border-route', 'miraflores'));
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('no WebGL', () => {
  it('says so plainly and still offers the places and their context', async () => {
    const session = await openApp({ args: ['--disable-webgl', '--disable-3d-apis'] });
    try {
      const notice = session.page.getByRole('status').filter({ hasText: 'cannot be drawn on this device' });
      await expect.poll(() => notice.count()).toBe(1);
      expect(await session.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
      await session.page
        .getByRole('navigation', { name: 'Places' })
        .getByRole('button', { name: 'Miraflores Palace' })
        .click();
      const panel = session.page.getByTestId('context-panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.locator('.sources li').count()).toBeGreaterThan(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('a map that fails for another reason', () => {
  it('says the map stopped, and the rest of the page still works', async () => {
    const session = await openApp({
      // MapLibre sets up a ResizeObserver while it is made; nothing else in the app uses one.
      beforeOpen: (page) =>
        page.addInitScript(() => {
          window.ResizeObserver = class {
            constructor() {
              throw new Error('ResizeObserver broken for the test');
            }
          } as unknown as typeof ResizeObserver;
        })
    });
    try {
      const notice = session.page.getByRole('status').filter({ hasText: 'stopped because of an error' });
      await expect.poll(() => notice.count()).toBe(1);
      expect(await session.page.locator('canvas.maplibregl-canvas').count()).toBe(0);
      await session.page
        .getByRole('navigation', { name: 'Places' })
        .getByRole('button', { name: 'Miraflores Palace' })
        .click();
      await expect.poll(() => session.page.getByTestId('context-panel').isVisible()).toBe(true);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('hostile data', () => {
  it('shows names and sources as text: no markup runs, no javascript: link is made', async () => {
    const hostile = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            id: 'miraflores',
            name: '<img src=x onerror="window.__pwned=1">Palace',
            summary: '<script>window.__pwned=2</script>',
            status: 'confirmed',
            since: '2025-08',
            dates: [],
            sources: [
              { title: 'Click me', publisher: 'x', date: '2025-12-01', url: 'javascript:window.__pwned=3' }
            ],
            geometrySource: 'test'
          },
          geometry: { type: 'Point', coordinates: [-66.9194, 10.5081] }
        }
      ]
    };
    const session = await openApp({
      path: '#feature=miraflores',
      beforeOpen: (page) =>
        page.route('**/assets/miraflores.*.geojson', (route) =>
          route.fulfill({ body: JSON.stringify(hostile) })
        )
    });
    try {
      const panel = session.page.getByTestId('context-panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(
        hostile.features[0]!.properties.name
      );
      expect(
        await session.page.locator('.context-panel img, .place-list img, .context-panel script').count()
      ).toBe(0);
      expect(await panel.getByRole('link').count()).toBe(0);
      await panel.getByText('Click me').click();
      expect(await session.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('storage full', () => {
  it('an import is drawn at once; that it cannot be kept for next time is said, not hidden', async () => {
    const session = await openApp();
    try {
      const { page } = session;
      await waitForMapIdle(page);
      // A quota of 1 kB: IndexedDB refuses the write, as on a phone whose storage is full.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', {
        origin: new URL(session.baseUrl).origin,
        quotaSize: 1000
      });
      await importPoints(page, 'sightings.geojson', 500);
      const toggle = page.getByRole('checkbox', { name: 'sightings.geojson' });
      await expect.poll(() => toggle.count(), { timeout: 15_000 }).toBe(1);
      const alert = page.locator('.tools [role="alert"]');
      await expect
        .poll(() => alert.textContent(), { timeout: 15_000 })
        .toMatch(
          /“sightings\.geojson” will not be kept for your next visit.*sightings\.geojson is on the map but will not be there next time: this browser has no room left for the site/s
        );
      expect(await renderedSources(session)).toContain('import-sightings-1');

      await page.reload();
      await waitForMapIdle(page);
      await page.waitForTimeout(1000); // give a wrongly kept layer time to come back
      expect(await page.getByRole('checkbox', { name: 'sightings.geojson' }).count()).toBe(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('tiles without the worker-to-worker route', () => {
  it('an import is still drawn when MapLibre’s worker cannot load the tile script: the page serves the tiles', async () => {
    const session = await openApp();
    try {
      const { page } = session;
      await page
        .context()
        .route('**/assets/maplibre-worker-tiles-*.js', (route) => route.fulfill({ status: 404 }));
      await waitForMapIdle(page);
      await importPoints(page, 'fallback.geojson', 3000);
      await expect
        .poll(() => page.locator('.tools [role="status"]').textContent(), { timeout: 20_000 })
        .toMatch(/Added “fallback\.geojson”/);
      await waitForMapIdle(page);
      expect(await renderedSources(session)).toContain('import-fallback-1');
      expect(session.errors.filter((error) => !/404/.test(error))).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { openApp, waitForMapIdle, type Session, shareApp } from './harness';

describe('the map, offline, in Chromium', () => {
  let session: Session;
  shareApp((opened) => (session = opened), { errors: false, foreignRequests: false });

  it('draws the basemap: the canvas has many distinct colours, not a blank sheet', async () => {
    const png = await session.page.locator('canvas.maplibregl-canvas').screenshot();
    const colours = await session.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    }, png.toString('base64'));
    expect(colours).toBeGreaterThan(20);
  });

  it('preloads every layer file alongside the script and fetches each once; the basemap comes as tiles', async () => {
    const data = await session.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname, by: (e as PerformanceResourceTiming).initiatorType }))
        .filter((e) => e.path.endsWith('.geojson') || e.path.endsWith('/basemap.topo.json'))
    );
    // Each layer in the page's language only (scripts/vite/situation-files.ts): `miraflores.en-<hash>.geojson`.
    expect(data.every((e) => /\.en-[\w-]{8}\.geojson$/.test(e.path))).toBe(true);
    const files = data.map((e) =>
      e.path.replace(/^\/assets\//, '').replace(/\.en-[\w-]{8}\.geojson$/, '.geojson')
    );
    // The whole basemap file is fetched only when a figure needs its coastline, not to draw the map.
    expect(files.sort()).toEqual(manifest.layers.map((l) => l.file).sort());
    // Had fetch() not reused a preload (say, its CORS mode differed), that file would be listed twice.
    expect(data.every((e) => e.by === 'link')).toBe(true);
    // MapLibre's worker fetched the basemap's vector tiles: the map holds tiled land around Caracas.
    const land = await session.page.evaluate(
      () =>
        window.__map!.querySourceFeatures('basemap', {
          sourceLayer: 'basemap',
          filter: ['==', ['get', 'layer'], 'land']
        }).length
    );
    expect(land).toBeGreaterThan(0);
  });

  it('frames Venezuela and the southern Caribbean by default', async () => {
    const { lng, lat } = await session.page.evaluate(() => window.__map!.getCenter());
    expect(lng).toBeGreaterThan(-72);
    expect(lng).toBeLessThan(-60);
    expect(lat).toBeGreaterThan(5);
    expect(lat).toBeLessThan(14);
    const bounds = await session.page.evaluate(() => window.__map!.getBounds().toArray());
    // Caracas and the ABC islands are both in view.
    expect(bounds[0][0]).toBeLessThan(-70);
    expect(bounds[1][1]).toBeGreaterThan(12.5);
  });

  it('shows country and sea labels rendered from local fonts', async () => {
    const names = await session.page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['basemap-country-labels', 'basemap-sea-labels'] })
        .map((f) => f.properties.name as string)
    );
    expect(names).toContain('Venezuela');
    expect(names).toContain('Caribbean Sea');
  });

  it('pans when the map is dragged', async () => {
    const { page } = session;
    const before = await page.evaluate(() => window.__map!.getCenter().toArray());
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) await page.mouse.move(x - step * 30, y + step * 12);
    await page.mouse.up();
    await waitForMapIdle(page);
    const after = await page.evaluate(() => window.__map!.getCenter().toArray());
    expect(after[0]).toBeGreaterThan(before[0] + 1); // dragged left → view moves east
    expect(after[1]).toBeGreaterThan(before[1] + 0.3); // dragged down → view moves north
  });

  it('has zoom, scale and attribution controls crediting Natural Earth', async () => {
    const { page } = session;
    await expect.poll(() => page.getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/km/);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Natural Earth');
  });

  it('makes no request outside its own origin, and logs no error', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('the offline guards themselves', () => {
  it('the Content-Security-Policy refuses a request to another origin', async () => {
    const session = await openApp();
    try {
      const outcome = await session.page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
        const fetched = await fetch('https://tiles.example.org/0/0/0.png').then(
          () => 'fetched',
          () => 'refused'
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { fetched, violations };
      });
      // Reported once per policy: the page's <meta> and the server's header (public/_headers) say the same.
      expect({ ...outcome, violations: [...new Set(outcome.violations)] }).toEqual({
        fetched: 'refused',
        violations: ['connect-src']
      });
      session.errors.length = 0; // Chromium logs the refusal as a console error: expected here.
    } finally {
      await session.browser.close();
    }
  });

  it('the test harness records a request that leaves the origin (so the check above can fail)', async () => {
    const session = await openApp();
    try {
      // about:blank has no CSP, so the request reaches the harness's router.
      await session.page.goto('about:blank');
      await session.page.evaluate(() => fetch('https://tiles.example.org/0/0/0.png').catch(() => undefined));
      expect(session.foreignRequests).toEqual(['https://tiles.example.org/0/0/0.png']);
    } finally {
      await session.browser.close();
    }
  });
});

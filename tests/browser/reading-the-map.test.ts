/**
 * Reading the map at a glance (issue 16, the map's half): certainty drawn on the map, a selection that is
 * always seen and labelled, a camera that ends where the URL says, the map by keyboard, and the dark
 * scheme. Checks read what MapLibre renders (queryRenderedFeatures), not only the UI's state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/map/contrast';
import { openApp, waitForMapIdle, type Session, shareApp } from './harness';

const panelHeading = (session: Session) =>
  session.page.getByTestId('context-panel').getByRole('heading', { level: 2 });

/** Features MapLibre has drawn in these map layers, in the current view. */
async function rendered(session: Session, layers: string[]) {
  await waitForMapIdle(session.page);
  return session.page.evaluate(
    (ids) =>
      window
        .__map!.queryRenderedFeatures({ layers: ids.filter((id) => window.__map!.getLayer(id)) })
        .map((f) => ({ layer: f.layer.id, properties: f.properties })),
    layers
  );
}

/** The centre in the URL (#map=zoom/lat/lng) and the map's own centre and padding. */
async function centres(session: Session) {
  await waitForMapIdle(session.page);
  return session.page.evaluate(() => {
    const map = window.__map!;
    const [, lat, lng] = /map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/
      .exec(window.location.hash)!
      .slice(1)
      .map(Number);
    const canvas = map.getCanvas();
    const middle = map.unproject([canvas.clientWidth / 2, canvas.clientHeight / 2]);
    return { url: [lng!, lat!], canvasCentre: [middle.lng, middle.lat], padding: map.getPadding() };
  });
}

/** Whether a lng/lat is drawn inside the map and outside the context panel's box. */
async function visibleBesidePanel(session: Session, lngLat: [number, number]) {
  return session.page.evaluate((at) => {
    const map = window.__map!;
    const { x, y } = map.project(at);
    const box = map.getCanvas().getBoundingClientRect();
    const panel = document.querySelector('[data-testid="context-panel"]')?.getBoundingClientRect();
    const [px, py] = [box.left + x, box.top + y];
    const inMap = px >= box.left && px <= box.right && py >= box.top && py <= box.bottom;
    const underPanel =
      panel && px >= panel.left && px <= panel.right && py >= panel.top && py <= panel.bottom;
    return inMap && !underPanel;
  }, lngLat);
}

const caracas: [number, number] = [-66.8792, 10.488];

describe('reading the map (desktop, light)', () => {
  let session: Session;
  shareApp((opened) => (session = opened));

  it('draws certainty on the map: status rings, precision bands and marks, and explains them', async () => {
    await session.page.evaluate(() => window.__map!.jumpTo({ center: [-66.5, 10.8], zoom: 6.5 }));
    const drawn = await rendered(session, [
      'context-places-ring',
      'closed-airspace-edge',
      'closed-airspace-mark',
      'deployment-zone-mark',
      'border-route-edge'
    ]);
    const layers = new Set(drawn.map((f) => f.layer));
    expect([...layers].sort()).toEqual(
      [
        'border-route-edge',
        'closed-airspace-edge',
        'closed-airspace-mark',
        'context-places-ring',
        'deployment-zone-mark'
      ].sort()
    );
    // The marks are on the shapes whose geometry is not exact, and only there.
    for (const f of drawn.filter((d) => d.layer.endsWith('-mark')))
      expect(['approximate', 'schematic']).toContain(f.properties['precision']);
    // Every status has its own stroke on lines and outlines.
    const dashes = await session.page.evaluate(() =>
      JSON.stringify(window.__map!.getPaintProperty('border-route-line', 'line-dasharray'))
    );
    expect(dashes).toContain('status');
    const legend = session.page.getByRole('region', { name: /certainty/i });
    await expect.poll(() => legend.isVisible()).toBe(true);
    for (const word of ['confirmed', 'reported', 'claimed', 'rumoured', 'approx', 'schematic'])
      expect((await legend.textContent())!.toLowerCase()).toContain(word);
  });

  it('choosing Caracas (under Miraflores) from the list labels it on top, and the URL has the real centre', async () => {
    await session.page.evaluate(() => window.__map!.jumpTo({ center: [-66.9, 10.5], zoom: 5 }));
    await session.page.getByRole('button', { name: 'Caracas', exact: true }).click();
    await expect.poll(() => panelHeading(session).textContent()).toContain('Caracas');
    const drawn = await rendered(session, ['selection-point', 'selection-label']);
    expect(drawn.map((f) => f.layer).sort()).toEqual(['selection-label', 'selection-point']);
    expect(drawn.find((f) => f.layer === 'selection-label')!.properties['name']).toBe('Caracas');
    const order = await session.page.evaluate(() => window.__map!.getLayersOrder().slice(-2));
    expect(order).toEqual(['selection-point', 'selection-label']);
    expect(await visibleBesidePanel(session, caracas)).toBe(true);
    // The URL's centre is the map's real centre: no panel padding was left behind in the map.
    const { url, canvasCentre, padding } = await centres(session);
    expect(padding).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(url[0]).toBeCloseTo(canvasCentre[0]!, 3);
    expect(url[1]).toBeCloseTo(canvasCentre[1]!, 3);
    await session.page.keyboard.press('Escape');
  });

  it('the focused map shows a ring and a crosshair; arrows pan; Enter picks what is under it', async () => {
    const { page } = session;
    await page.evaluate((at) => window.__map!.jumpTo({ center: at, zoom: 10 }), caracas);
    await waitForMapIdle(page);
    const canvas = page.locator('canvas.maplibregl-canvas');
    // Reach the canvas by keyboard: Tab out of the zoom controls' neighbour, backwards onto the map.
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => canvas.evaluate((c) => document.activeElement === c)).toBe(true);
    expect(await canvas.evaluate((c) => getComputedStyle(c).outlineStyle)).toBe('solid');
    await expect.poll(() => page.getByTestId('map-crosshair').isVisible()).toBe(true);
    expect(await canvas.getAttribute('aria-label')).toMatch(/Enter/);
    await page.keyboard.press('Enter');
    await expect.poll(() => panelHeading(session).textContent()).toContain('Caracas');
    await canvas.focus();
    const before = await page.evaluate(() => window.__map!.getCenter().lng);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.__map!.getCenter().lng)).toBeGreaterThan(before);
    await page.keyboard.press('Escape');
    // Over empty sea, Enter says so instead of doing nothing silently.
    await page.evaluate(() => window.__map!.jumpTo({ center: [-75, 16], zoom: 7 }));
    await waitForMapIdle(page);
    await canvas.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Nothing under the crosshair' }).count())
      .toBe(1);
    expect(await page.getByTestId('context-panel').count()).toBe(0);
  });

  it('the measure tool works by keyboard: Enter adds the centre, twice gives a leg', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Measure distance' }).click();
    const canvas = page.locator('canvas.maplibregl-canvas');
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => canvas.evaluate((c) => document.activeElement === c)).toBe(true);
    await expect.poll(() => page.getByTestId('map-crosshair').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    await page.keyboard.press('Enter');
    const readout = page.getByTestId('measure-readout');
    await expect.poll(() => readout.textContent()).toMatch(/Leg 1: [\d.,]+ km/);
    expect(await readout.textContent()).toContain('Esc');
    // Selecting stayed off while measuring.
    expect(await page.getByTestId('context-panel').count()).toBe(0);
  });

  it('on a touch screen the measure hint says tap, not Esc or click', async () => {
    const cdp = await session.page.context().newCDPSession(session.page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await expect.poll(() => session.page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const readout = session.page.getByTestId('measure-readout');
    await expect.poll(() => readout.textContent()).not.toContain('Esc');
    await session.page.getByRole('button', { name: 'Clear' }).click();
    expect(await readout.textContent()).toMatch(/Tap points/);
    expect(await readout.textContent()).not.toMatch(/click/i);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await session.page.getByRole('button', { name: 'Measure distance' }).click();
  });
});

describe('reading the map on a phone', () => {
  let session: Session;
  const warnings: string[] = [];
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 390, height: 844 } });
    session.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await waitForMapIdle(session.page);
  });
  afterAll(async () => {
    expect(session.errors).toEqual([]);
    await session?.browser.close();
  });

  it('a timeline event after another place moves the map to the event’s place', async () => {
    const { page } = session;
    const toggle = page.getByRole('button', { name: 'Layers & places' });
    await toggle.click();
    await page.getByRole('button', { name: 'Caracas', exact: true }).click();
    await expect.poll(() => panelHeading(session).textContent()).toContain('Caracas');
    await waitForMapIdle(page);
    expect(await visibleBesidePanel(session, caracas)).toBe(true);

    await toggle.click();
    await page.getByRole('button', { name: /Ford group enters the Caribbean/ }).click();
    await expect.poll(() => panelHeading(session).textContent()).toMatch(/deployment/i);
    await waitForMapIdle(page);
    // The deployment area (north of the coast, over the sea) is in view, above the bottom sheet.
    expect(await visibleBesidePanel(session, [-66, 12.5])).toBe(true);
    expect(warnings.filter((w) => /cannot fit/i.test(w))).toEqual([]);
    const { url, canvasCentre } = await centres(session);
    expect(url[0]).toBeCloseTo(canvasCentre[0]!, 3);
    expect(url[1]).toBeCloseTo(canvasCentre[1]!, 3);
  });
});

describe('reading the map in the dark', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp({ colorScheme: 'dark' });
    await waitForMapIdle(session.page);
  });
  afterAll(async () => {
    expect(session.errors).toEqual([]);
    await session?.browser.close();
  });

  it('the story’s labels reach WCAG AA against their halo, and read at least as well as the basemap’s', async () => {
    const pairs = await session.page.evaluate(() => {
      const map = window.__map!;
      return map
        .getLayersOrder()
        .filter((id) => map.getLayer(id)!.type === 'symbol')
        .map((id) => ({
          id,
          basemap: map.getLayer(id)!.source === 'basemap',
          text: String(map.getPaintProperty(id, 'text-color')),
          halo: String(map.getPaintProperty(id, 'text-halo-color'))
        }))
        .filter((pair) => pair.text.startsWith('#') && pair.halo.startsWith('#'));
    });
    const contrast = (pair: { text: string; halo: string }) => contrastRatio(pair.text, pair.halo);
    const basemap = Math.min(...pairs.filter((p) => p.basemap).map(contrast));
    const story = pairs.filter((p) => !p.basemap);
    expect(story.length).toBeGreaterThan(3);
    for (const pair of story) {
      expect(contrast(pair), `${pair.id}: ${pair.text} on ${pair.halo}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(pair), `${pair.id} against the basemap's ${basemap}`).toBeGreaterThanOrEqual(basemap);
    }
  });

  it('the map controls follow the scheme', async () => {
    const looks = await session.page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        zoom: style('.maplibregl-ctrl-group').backgroundColor,
        attribution: style('.maplibregl-ctrl-attrib').color,
        scale: style('.maplibregl-ctrl-scale').color
      };
    });
    const lightness = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(lightness(looks.zoom)).toBeLessThan(80);
    expect(lightness(looks.attribution)).toBeGreaterThan(170);
    expect(lightness(looks.scale)).toBeGreaterThan(170);
  });
});

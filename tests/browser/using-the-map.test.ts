/**
 * How people use the map: toggle layers, click places, use the place list by keyboard, share a link.
 * Each check reads what the map actually renders (queryRenderedFeatures), not just the UI's state.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { clickLngLat, openApp, renderedIds, waitForMapIdle, type Session, shareApp } from './harness';

const layerIds = manifest.layers.map((layer) => layer.id);
const onAtStart = manifest.layers.filter((layer) => layer.visible).map((layer) => layer.id);

const panel = (session: Session) => session.page.getByTestId('context-panel');

describe('using the map', () => {
  let session: Session;
  shareApp((opened) => (session = opened));

  it('draws the layers the manifest turns on, and none of those it leaves off', async () => {
    for (const id of onAtStart) expect((await renderedIds(session, id)).length, id).toBeGreaterThan(0);
    for (const id of layerIds.filter((id) => !onAtStart.includes(id)))
      expect(await renderedIds(session, id), id).toEqual([]);
  });

  it('each toggle hides and shows its own features on the map', async () => {
    for (const layer of manifest.layers) {
      const toggle = session.page.getByRole('checkbox', { name: layer.title });
      // From its start state to the other and back: a layer that starts off is shown, then hidden again.
      if (layer.visible) await toggle.uncheck();
      else await toggle.check();
      const drawn = await renderedIds(session, layer.id);
      if (layer.visible) expect(drawn, `${layer.id} hidden`).toEqual([]);
      else expect(drawn.length, `${layer.id} shown`).toBeGreaterThan(0);
      for (const other of onAtStart.filter((id) => id !== layer.id))
        expect((await renderedIds(session, other)).length, `${other} stays`).toBeGreaterThan(0);
      expect(session.page.url()).toContain('layers=');
      if (layer.visible) await toggle.check();
      else await toggle.uncheck();
      expect((await renderedIds(session, layer.id)).length > 0, `${layer.id} back`).toBe(layer.visible);
    }
    expect(session.page.url()).not.toContain('layers=');
  });

  it('hide all and show all switch every layer', async () => {
    await session.page.getByRole('button', { name: 'Hide all' }).click();
    for (const id of layerIds) expect(await renderedIds(session, id)).toEqual([]);
    await session.page.getByRole('button', { name: 'Show all' }).click();
    for (const id of layerIds) expect((await renderedIds(session, id)).length).toBeGreaterThan(0);
  });

  it('clicking Miraflores on the canvas opens its context, with sources, and highlights it', async () => {
    await clickLngLat(session, [-66.9194, 10.5081]);
    await expect.poll(() => panel(session).isVisible()).toBe(true);
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toContain('Miraflores');
    expect(await panel(session).getByRole('heading', { name: 'Sources' }).count()).toBe(1);
    expect(await panel(session).locator('.sources li').count()).toBeGreaterThan(0);
    expect(await panel(session).locator('.lead .status-badge').textContent()).toMatch(/confirmed|reported/);
    // Beside the claim's status, how exact the drawn place is.
    expect(await panel(session).locator('.lead .precision-badge').textContent()).toMatch(/exact place/);
    // Each quote says how sure it is that it was said: words relayed by reporters are only reported.
    const remark = panel(session).locator('figure.quote').filter({ hasText: 'went well or badly' });
    expect(await remark.locator('.status-badge').textContent()).toMatch(/^\s*reported/);
    const state = await session.page.evaluate(() =>
      window.__map!.getFeatureState({ source: 'miraflores', id: 'miraflores' })
    );
    expect(state.selected).toBe(true);
    expect(session.page.url()).toContain('feature=miraflores');
  });

  it('Escape closes the panel, and clicking empty map closes it too', async () => {
    await session.page.keyboard.press('Escape');
    await expect.poll(() => panel(session).count()).toBe(0);
    await clickLngLat(session, [-66.9194, 10.5081]);
    await expect.poll(() => panel(session).count()).toBe(1);
    await clickLngLat(session, [-80, 20.5]); // open sea north of the airspace
    await expect.poll(() => panel(session).count()).toBe(0);
  });

  it('a point inside the airspace wins the click, and the panel offers the airspace too', async () => {
    // Zoomed in, so that Caracas and Miraflores (4 km apart) are distinct targets.
    await session.page.evaluate(() => window.__map!.jumpTo({ center: [-66.88, 10.49], zoom: 10 }));
    await waitForMapIdle(session.page);
    await clickLngLat(session, [-66.8792, 10.488]); // Caracas, inside the FIR
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toMatch(/Caracas/);
    const others = panel(session).locator('.others button');
    await expect
      .poll(() => others.allTextContents())
      .toContainEqual(expect.stringMatching(/Maiquetía|airspace/i));
    // A list, one entry per feature stacked on its own line, each naming its layer.
    const list = panel(session).getByRole('list', { name: 'Also at this spot' });
    expect(await list.getByRole('listitem').count()).toBe(await others.count());
    const boxes = await others.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
    expect(new Set(boxes).size).toBe(boxes.length);
    await others
      .filter({ hasText: /Maiquetía|airspace/i })
      .first()
      .click();
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toMatch(/Maiquetía|airspace/i);
    await session.page.keyboard.press('Escape');
    await session.page.evaluate(() => window.__map!.jumpTo({ center: [-65.5, 9.5], zoom: 4.6 }));
    await waitForMapIdle(session.page);
  });

  it('browser back and forward walk through selections', async () => {
    await clickLngLat(session, [-66.9194, 10.5081]);
    await expect.poll(() => session.page.url()).toContain('feature=miraflores');
    await clickLngLat(session, [-70.027, 12.524]); // Oranjestad, clear of the side panel
    await expect.poll(() => session.page.url()).not.toContain('feature=miraflores');
    await session.page.goBack();
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toContain('Miraflores');
    await session.page.goForward();
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .not.toContain('Miraflores');
    await session.page.keyboard.press('Escape');
  });
});

describe('the place list, by keyboard alone', () => {
  it('reaches every feature with Tab, and Enter opens its context', async () => {
    const session = await openApp();
    try {
      await waitForMapIdle(session.page);
      const expected = await session.page.locator('.place-list li button').allTextContents();
      const total = await session.page.evaluate(() => window.__map!.getStyle().sources);
      expect(Object.keys(total).length).toBeGreaterThan(layerIds.length); // basemap + every layer
      const reached = new Set<string>();
      // Enough presses to pass every focusable control once (layer toggles and timeline events come first).
      const presses = 20 + (await session.page.locator('button, input, a[href], select, [tabindex]').count());
      for (let i = 0; i < presses && reached.size < expected.length; i++) {
        await session.page.keyboard.press('Tab');
        const focused = await session.page.evaluate(() => {
          const el = document.activeElement;
          return el?.closest('.place-list') ? el.textContent!.trim() : null;
        });
        if (focused) reached.add(focused);
      }
      expect([...reached].sort()).toEqual(expected.map((t) => t.trim()).sort());
      // The last one reached has focus: Enter opens it.
      await session.page.keyboard.press('Enter');
      await expect.poll(() => panel(session).isVisible()).toBe(true);
      const focusedName = [...reached].at(-1)!;
      expect(await panel(session).getByRole('heading', { level: 2 }).textContent()).toContain(focusedName);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('permalinks', () => {
  it('restore view, layers and selection exactly, and survive a reload', async () => {
    const hash = '#map=6.5/9.2/-64.1/20&layers=border-route,miraflores&feature=miraflores';
    const session = await openApp({ path: hash });
    try {
      await waitForMapIdle(session.page);
      const camera = await session.page.evaluate(() => {
        const map = window.__map!;
        return { center: map.getCenter().toArray(), zoom: map.getZoom(), bearing: map.getBearing() };
      });
      // The panel may nudge the view to keep Miraflores visible; the link's own view is what we check first.
      expect(camera.zoom).toBeCloseTo(6.5, 1);
      expect(camera.bearing).toBeCloseTo(20, 0);
      await expect.poll(() => panel(session).isVisible()).toBe(true);
      expect(await session.page.getByRole('checkbox', { name: /airspace/i }).isChecked()).toBe(false);
      expect(await renderedIds(session, 'closed-airspace')).toEqual([]);
      expect((await renderedIds(session, 'border-route')).length).toBeGreaterThan(0);
      const shared = session.page.url();
      await session.page.reload();
      await waitForMapIdle(session.page);
      await expect.poll(() => panel(session).isVisible()).toBe(true);
      expect(session.page.url()).toBe(shared);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });

  it('ignore unknown layers, features and garbage but keep the valid parts', async () => {
    const session = await openApp({ path: '#map=zz/1/2&layers=nope,miraflores&feature=atlantis&date=soon' });
    try {
      await waitForMapIdle(session.page);
      expect((await renderedIds(session, 'miraflores')).length).toBe(1);
      expect(await renderedIds(session, 'closed-airspace')).toEqual([]);
      expect(await panel(session).count()).toBe(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

/**
 * The analyst tools as a reader uses them: choose a dated event, move the "situation as of" date (and share
 * it), and measure a distance by clicking on the map. Checks read what MapLibre renders.
 */
import { bbox } from '@turf/bbox';
import { distance } from '@turf/distance';
import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clickLngLat, openApp, renderedIds, waitForMapIdle, type Session, shareApp } from './harness';

const featureState = (session: Session, source: string, id: string) =>
  session.page.evaluate(([s, i]) => window.__map!.getFeatureState({ source: s!, id: i! }), [source, id]);

const panel = (session: Session) => session.page.getByTestId('context-panel');
const event = (session: Session, text: RegExp) =>
  session.page.locator('.timeline .events button').filter({ hasText: text });
const dateInput = (session: Session) => session.page.getByLabel('Situation as of (date)');

const caracas: [number, number] = [-66.8792, 10.488];
const willemstad: [number, number] = [-68.8864, 12.1225];

describe('the timeline', () => {
  let session: Session;
  shareApp((opened) => (session = opened));

  it('lists the dated events, a month-only one marked as such', async () => {
    await expect.poll(() => event(session, /NOTAM KICZ A0012\/25/).count()).toBe(1);
    const call = session.page.locator('.timeline .events > li').filter({ hasText: /speak by phone/ });
    expect(await call.locator('h3').textContent()).toMatch(/21 Nov 2025/);
    const talk = session.page.locator('.timeline .events > li').filter({ hasText: /northern Brazil/ });
    expect(await talk.locator('h3').textContent()).toMatch(/Nov 2025\s*day not given/);
    expect(await event(session, /ICC/).count()).toBe(3);
  });

  it('choosing an event selects its feature, opens its context and puts it in the URL', async () => {
    await event(session, /NOTAM KICZ A0012\/25/).click();
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toMatch(/Maiquetía/);
    expect((await featureState(session, 'closed-airspace', 'closed-airspace')).selected).toBe(true);
    await expect.poll(() => session.page.url()).toContain('feature=closed-airspace');
    expect(session.page.url()).not.toContain('date=');
  });

  it('an event on two features selects the first and highlights the other', async () => {
    await event(session, /near Curaçao/).click();
    await expect.poll(() => session.page.url()).toContain('feature=deployment-zone');
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toMatch(/deployment/i);
    await expect
      .poll(async () => (await featureState(session, 'context-places', 'willemstad')).highlighted)
      .toBe(true);
    expect((await featureState(session, 'closed-airspace', 'closed-airspace')).selected).toBeFalsy();
    await session.page.keyboard.press('Escape');
    await expect.poll(() => panel(session).count()).toBe(0);
    expect((await featureState(session, 'context-places', 'willemstad')).highlighted).toBeFalsy();
  });

  it('an event on features far apart brings them all into view', async () => {
    const route = JSON.parse(readFileSync('geodata/border-route.geojson', 'utf8')) as FeatureCollection;
    const [west, south, east, north] = bbox(route);
    await event(session, /northern Brazil/).click();
    await expect.poll(() => session.page.url()).toContain('feature=border-route-troncal-10');
    // Both roads, Caracas to Santa Elena and on to Boa Vista, not only the first.
    await expect
      .poll(
        () =>
          session.page.evaluate(
            (corners) => corners.every((corner) => window.__map!.getBounds().contains(corner)),
            [
              [west, south],
              [east, north]
            ] as [number, number][]
          ),
        { timeout: 10_000 }
      )
      .toBe(true);
    await session.page.keyboard.press('Escape');
  });

  it('a date before 14 Aug hides the deployment zone, on the map, in the list and in the URL', async () => {
    await session.page.evaluate(() => window.__map!.jumpTo({ center: [-65.5, 9.5], zoom: 4.6 }));
    expect(await renderedIds(session, 'deployment-zone')).toEqual(['deployment-zone']);
    await dateInput(session).fill('2025-08-10');
    await expect.poll(() => session.page.url()).toContain('date=2025-08-10');
    expect(await renderedIds(session, 'deployment-zone')).toEqual([]);
    expect(await renderedIds(session, 'closed-airspace')).toEqual([]); // 21 Nov
    expect(await renderedIds(session, 'miraflores')).toEqual(['miraflores']); // since Aug
    const places = session.page.locator('.place-list');
    expect(await places.getByRole('button', { name: /deployment/i }).count()).toBe(0);
    expect(await places.getByRole('button', { name: 'Caracas', exact: true }).count()).toBe(1);
    await expect.poll(() => session.page.locator('.masthead .as-of').textContent()).toMatch(/10 Aug 2025/);
  });

  it('choosing a later event moves the date forward; back restores the earlier date', async () => {
    await event(session, /NOTAM KICZ A0012\/25/).click();
    await expect.poll(() => session.page.url()).toContain('date=2025-11-21');
    expect(session.page.url()).toContain('feature=closed-airspace');
    expect((await renderedIds(session, 'closed-airspace')).length).toBe(1);
    await session.page.goBack();
    await expect.poll(() => session.page.url()).toContain('date=2025-08-10');
    expect(await dateInput(session).inputValue()).toBe('2025-08-10');
    expect(await renderedIds(session, 'deployment-zone')).toEqual([]);
    await session.page.goForward();
    await expect.poll(() => session.page.url()).toContain('date=2025-11-21');
    await session.page.keyboard.press('Escape');
  });

  it('the slider steps through event dates; its end is the latest, and the URL then omits the date', async () => {
    const slider = session.page.getByRole('slider', { name: /Situation as of/ });
    await slider.focus();
    await session.page.keyboard.press('Home');
    // The earliest event: the ICC's preliminary examination.
    await expect.poll(() => dateInput(session).inputValue()).toBe('2018-02-08');
    await session.page.keyboard.press('End');
    await expect.poll(() => session.page.url()).not.toContain('date=');
    expect(await renderedIds(session, 'deployment-zone')).toEqual(['deployment-zone']);
  });
});

describe('a shared date', () => {
  it('survives a reload', async () => {
    const session = await openApp({ path: '#date=2025-08-10' });
    try {
      await waitForMapIdle(session.page);
      expect(await renderedIds(session, 'deployment-zone')).toEqual([]);
      expect(await dateInput(session).inputValue()).toBe('2025-08-10');
      const shared = session.page.url();
      expect(shared).toContain('date=2025-08-10');
      await session.page.reload();
      await waitForMapIdle(session.page);
      expect(session.page.url()).toBe(shared);
      expect(await renderedIds(session, 'deployment-zone')).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

describe('measuring a distance', () => {
  let session: Session;
  shareApp((opened) => (session = opened), { foreignRequests: false });

  const readout = () => session.page.getByTestId('measure-readout');
  const measuredKm = async () => {
    const text = (await readout().getByRole('status').textContent()) ?? '';
    const match = /Total: ([\d,.]+) km \(([\d,.]+) NM\)/.exec(text);
    return match ? [Number(match[1]!.replace(/,/g, '')), Number(match[2]!.replace(/,/g, ''))] : null;
  };

  it('two clicks, Caracas to Willemstad, give Turf’s distance within 0.5 %, and select nothing', async () => {
    const toggle = session.page.getByRole('button', { name: 'Measure distance' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => readout().isVisible()).toBe(true);
    await clickLngLat(session, caracas);
    await clickLngLat(session, willemstad);
    const expectedKm = distance(caracas, willemstad, { units: 'kilometers' });
    await expect.poll(measuredKm).not.toBeNull();
    const [km, nm] = (await measuredKm())!;
    expect(Math.abs(km! / expectedKm - 1)).toBeLessThan(0.005);
    expect(Math.abs(nm! / (expectedKm / 1.852) - 1)).toBeLessThan(0.005);
    expect(await panel(session).count()).toBe(0); // the click on Caracas did not select it
    expect(session.page.url()).not.toContain('feature=');
    await waitForMapIdle(session.page);
    const drawn = await session.page.evaluate(() =>
      window
        .__map!.queryRenderedFeatures({ layers: ['measure-legs', 'measure-points'] })
        .map((f) => String(f.properties.part))
    );
    expect(drawn.filter((part) => part === 'vertex')).toHaveLength(2);
    expect(drawn).toContain('leg');
  });

  it('the measurement is in the URL, and a reload (or the link, shared) brings it back', async () => {
    await expect.poll(() => session.page.url()).toMatch(/measure=-66\.8\d*,10\.4\d*;-68\.8\d*,12\.1\d*/);
    const before = await measuredKm();
    await session.page.reload();
    await waitForMapIdle(session.page);
    await expect.poll(() => readout().isVisible()).toBe(true);
    expect(
      await session.page.getByRole('button', { name: 'Measure distance' }).getAttribute('aria-pressed')
    ).toBe('true');
    await expect.poll(measuredKm).toEqual(before);
  });

  it('Escape clears the measurement, and leaving the mode removes it from the map', async () => {
    await session.page.keyboard.press('Escape');
    await expect.poll(measuredKm).toBeNull();
    await waitForMapIdle(session.page);
    const left = await session.page.evaluate(
      () => window.__map!.queryRenderedFeatures({ layers: ['measure-legs', 'measure-points'] }).length
    );
    expect(left).toBe(0);
    await session.page.getByRole('button', { name: 'Measure distance' }).click();
    await expect.poll(() => readout().count()).toBe(0);
    const remains = await session.page.evaluate(() => ({
      source: window.__map!.getSource('measure') !== undefined,
      layers: window.__map!.getStyle().layers.filter((l) => l.id.startsWith('measure-')).length
    }));
    expect(remains).toEqual({ source: false, layers: 0 });
    expect(session.page.url()).not.toContain('measure=');
  });

  it('after leaving, a click selects features again', async () => {
    await clickLngLat(session, [-66.9194, 10.5081]); // Miraflores
    await expect
      .poll(() => panel(session).getByRole('heading', { level: 2 }).textContent())
      .toContain('Miraflores');
  });
});

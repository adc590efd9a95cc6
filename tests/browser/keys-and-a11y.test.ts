/**
 * A keyboard or screen-reader user, and a reader of the news, as fast as anyone: places first, focus that
 * comes back, a phone sheet that leaves the map visible, plain dates and words, no layout shift. axe-core
 * runs on each main state and fails it on any serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickLngLat, openApp, waitForMapIdle, type OpenOptions, type Session, shareApp } from './harness';

// axe-core from node_modules. Evaluated rather than added as a <script> tag: the page's Content-Security-Policy
// (script-src 'self') rightly refuses an inline script, and the tests run under the real policy.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MIRAFLORES: [number, number] = [-66.9194, 10.5081];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: AxeViolation[];
    };
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const panel = (session: Session) => session.page.getByTestId('context-panel');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function withApp(options: OpenOptions, body: (session: Session) => Promise<void>) {
  const session = await openApp(options);
  try {
    await waitForMapIdle(session.page);
    await body(session);
    expect(session.errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  } finally {
    await session.browser.close();
  }
}

describe('places first, keys that flow (desktop)', () => {
  let session: Session;
  shareApp((opened) => (session = opened));

  it('loaded: axe finds nothing serious, and no count is named by a prohibited aria-label', async () => {
    // The check itself can fail: a button without a name is a critical violation.
    await session.page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<button id="nameless"></button>')
    );
    expect((await axeProblems(session.page)).join('\n')).toMatch(/^button-name \(critical\)/m);
    await session.page.evaluate(() => document.getElementById('nameless')!.remove());
    expect(await axeProblems(session.page)).toEqual([]);
    expect(await session.page.locator('.layer-panel [aria-label]').count()).toBe(0);
    // The checkbox says how many features the layer shows, in words.
    const name = await session.page.getByRole('checkbox', { name: /Airspace/ }).evaluate((el) => {
      const label = el.closest('label')!;
      return label.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(name).toMatch(/\d+ features?$/);
  });

  it('the sidebar reads layers, places, timeline, tools in that order', async () => {
    const order = await session.page.evaluate(() =>
      [...document.querySelectorAll('#sidebar > *')].map((el) => el.className.split(' ')[0])
    );
    expect(order.slice(0, 4)).toEqual(['layer-panel', 'place-list', 'timeline', 'tools']);
  });

  it('by Tab alone, only the skip links, masthead buttons and layer controls come before the first place', async () => {
    await session.page.reload();
    await waitForMapIdle(session.page);
    const stops: string[] = [];
    for (let i = 0; i < 60; i++) {
      await session.page.keyboard.press('Tab');
      const stop = await session.page.evaluate(() => {
        const el = document.activeElement;
        if (el?.closest('.place-list li button')) return null;
        if (el?.closest('.masthead')) return 'masthead';
        if (el?.closest('.skip-links')) return 'skip link';
        if (el?.closest('.layer-panel'))
          return (el as HTMLInputElement).type === 'checkbox' ? 'toggle' : 'bulk';
        return `${el?.tagName}: ${el?.textContent?.trim().slice(0, 30)}`;
      });
      if (stop === null) break;
      stops.push(stop);
    }
    const layers = await session.page.locator('.layer-panel input[type="checkbox"]').count();
    expect(stops.filter((s) => s === 'toggle')).toHaveLength(layers);
    // Two skip links first; then at most the masthead's own controls and Show all / Hide all.
    expect(stops.slice(0, 2)).toEqual(['skip link', 'skip link']);
    for (const stop of stops.slice(2)) expect(['masthead', 'bulk', 'toggle']).toContain(stop);
    expect(stops.filter((s) => s === 'bulk').length).toBeLessThanOrEqual(2);
    // With the layers of today's manifest, that is within 12 presses; the skip link is one, whatever the count.
    if (layers <= 8) expect(stops.length + 1).toBeLessThanOrEqual(12);
  });

  it('the first place is one Tab press away: the first stop is a skip link, and Enter on it focuses the place', async () => {
    await session.page.reload();
    await waitForMapIdle(session.page);
    await session.page.keyboard.press('Tab');
    expect(await focusedText(session.page)).toBe('Skip to places');
    await session.page.keyboard.press('Enter');
    const first = (await session.page.locator('.place-list li button').first().textContent())!.trim();
    expect(await focusedText(session.page)).toBe(first);
    expect(session.page.url()).not.toContain('places-heading'); // the hash stays the permalink
  });

  it('Escape returns focus to the place that opened the panel; the panel leads with what and how sure', async () => {
    const entry = session.page.locator('.place-list li button', { hasText: 'Miraflores' });
    await entry.focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => panel(session).isVisible()).toBe(true);
    // First thing after the name: one line of what and how sure, then the details.
    const lead = panel(session).getByTestId('context-lead');
    expect(await lead.textContent()).toMatch(/A place — /);
    const order = await panel(session).evaluate((el) =>
      [...el.querySelectorAll('[data-testid="context-lead"], .summary, .sources')].map((e) => e.className)
    );
    expect(order[0]).toContain('lead');
    // Opaque, so map labels never show through.
    const background = await panel(session).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toMatch(/^rgb\(/);
    expect(await axeProblems(session.page)).toEqual([]);
    await session.page.keyboard.press('Escape');
    await expect.poll(() => panel(session).count()).toBe(0);
    expect(await focusedText(session.page)).toBe('Miraflores Palace');
  });

  it('the close button returns focus to the timeline event that opened the panel', async () => {
    const event = session.page.locator('#timeline-events button').first();
    await event.focus();
    await session.page.keyboard.press('Enter');
    await expect.poll(() => panel(session).isVisible()).toBe(true);
    const close = panel(session).getByRole('button', { name: 'Close details' });
    expect(await close.getAttribute('aria-label')).toBeNull(); // its name is its (hidden) text, not an override
    await close.click();
    await expect.poll(() => panel(session).count()).toBe(0);
    expect(
      await session.page.evaluate(() => document.activeElement?.closest('#timeline-events') !== null)
    ).toBe(true);
  });

  it('Escape returns focus to the map when the map opened the panel', async () => {
    await clickLngLat(session, MIRAFLORES);
    await expect.poll(() => panel(session).isVisible()).toBe(true);
    await session.page.keyboard.press('Escape');
    await expect.poll(() => panel(session).count()).toBe(0);
    expect(await session.page.evaluate(() => document.activeElement?.className ?? '')).toContain(
      'maplibregl-canvas'
    );
  });

  it('jargon is explained: FIR is marked in the layer list and said in plain words in the panel', async () => {
    expect(
      await session.page.locator('.layer-panel abbr', { hasText: 'FIR' }).first().getAttribute('title')
    ).toMatch(/flight information region/i);
    await session.page
      .locator('.place-list li button', { hasText: /Maiquetía FIR/ })
      .first()
      .click();
    await expect.poll(() => panel(session).isVisible()).toBe(true);
    const plain = panel(session)
      .getByRole('definition')
      .filter({ hasText: /flight information region/i });
    expect(await plain.count()).toBe(1);
    await session.page.keyboard.press('Escape');
    const glossary = session.page.locator('details.glossary');
    await glossary.locator('summary').click();
    expect(await glossary.textContent()).toMatch(/NOTAM[\s\S]*GNSS|GNSS[\s\S]*NOTAM/);
  });

  it('an early date: the masthead, the counts and the list say nothing is on the map yet', async () => {
    const slider = session.page.locator('#as-of-range');
    await slider.focus();
    await session.page.keyboard.press('Home');
    const asOf = session.page.locator('.masthead .as-of');
    const first = (await slider.getAttribute('aria-valuetext'))!;
    await expect.poll(() => asOf.textContent()).toContain(first);
    expect(await asOf.textContent()).toMatch(/\d{4} \(latest: 1 Dec 2025\)/);
    expect(await session.page.locator('label[for="as-of-range"]').textContent()).toContain(first);
    expect(await session.page.locator('.timeline [role="status"]').textContent()).toMatch(
      /Nothing is on the map yet on .*: the first of it appears (on \d+|in) [A-Z][a-z]+ 2025\./
    );
    const counts = await session.page.getByTestId('layer-count').allTextContents();
    expect(counts.map((c) => c.replace(/\D.*$/s, '').trim())).toEqual(counts.map(() => '0'));
    expect(await session.page.locator('.place-list li button').count()).toBe(0);
    expect(await session.page.locator('.place-list').textContent()).toContain('Nothing on the map yet');
    // On the map as well: on a phone the timeline is in the closed drawer.
    expect(await session.page.getByTestId('map-notice').textContent()).toContain(
      `Nothing is on the map yet on ${first}`
    );
    expect(await axeProblems(session.page)).toEqual([]);
  });

  it('an event whose day is not given moves the date to its month, shown as "Aug 2025", never "1 Aug 2025"', async () => {
    // From the early date above, each month-only event moves the date forward to when it can first be shown.
    const groups = session.page.locator('#timeline-events > li').filter({ hasText: 'day not given' });
    const asOf = session.page.locator('.masthead .as-of time');
    const shown: string[] = [];
    for (const group of await groups.all()) {
      const month = (await group.locator('h3 time').textContent())!.trim();
      expect(month).toMatch(/^[A-Z][a-z]{2,3} \d{4}$/);
      for (const event of await group.locator('button').all()) {
        await session.page.locator('#as-of-range').focus();
        await session.page.keyboard.press('Home');
        await event.click();
        await expect.poll(() => panel(session).isVisible()).toBe(true);
        const text = (await asOf.textContent())!.trim();
        expect(text, month).not.toMatch(/^1 /);
        expect(await session.page.locator('label[for="as-of-range"] time').textContent()).toBe(text);
        shown.push(text === month ? 'month' : 'day');
      }
    }
    expect(shown).toContain('month');
    await session.page.keyboard.press('Escape');
    // Back to the latest: the counts come back.
    await session.page.locator('#as-of-range').focus();
    await session.page.keyboard.press('End');
    await expect
      .poll(async () => (await session.page.getByTestId('layer-count').first().textContent())!.trim())
      .not.toMatch(/^0/);
    expect(await session.page.getByTestId('map-notice').count()).toBe(0);
  });

  it('measure mode: axe finds nothing serious', async () => {
    await session.page.getByRole('button', { name: 'Measure distance' }).click();
    await clickLngLat(session, [-66.9, 10.5]);
    await clickLngLat(session, [-68.93, 12.11]);
    expect(await axeProblems(session.page)).toEqual([]);
    await session.page.getByRole('button', { name: 'Measure distance' }).click();
  });
});

describe('dark scheme', () => {
  it('loaded and with a place open: axe finds nothing serious', async () => {
    await withApp({ colorScheme: 'dark' }, async (session) => {
      expect(await axeProblems(session.page)).toEqual([]);
      await session.page.locator('.place-list li button', { hasText: 'Miraflores' }).click();
      await expect.poll(() => panel(session).isVisible()).toBe(true);
      expect(await axeProblems(session.page)).toEqual([]);
    });
  });
});

describe('the phone bottom sheet (390×844)', () => {
  it('opens as a peek that leaves the chosen place visible above it, and expands on demand', async () => {
    await withApp({ viewport: { width: 390, height: 844 } }, async (session) => {
      const { page } = session;
      await page.getByRole('button', { name: 'Layers & places' }).click();
      await page.locator('.place-list li button', { hasText: 'Miraflores' }).click();
      await expect.poll(() => panel(session).isVisible()).toBe(true);
      await waitForMapIdle(page);
      const sheet = (await page.locator('.context-slot').boundingBox())!;
      expect(sheet.height).toBeLessThan(844 * 0.3);
      expect(await panel(session).getByRole('heading', { level: 2 }).textContent()).toContain('Miraflores');
      expect(await panel(session).locator('.lead .status-badge').isVisible()).toBe(true);
      expect(await panel(session).locator('.summary').isVisible()).toBe(false);
      // The place is drawn on the map above the sheet.
      const point = await page.evaluate((at) => window.__map!.project(at), MIRAFLORES);
      const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
      expect(canvas.y + point.y).toBeLessThan(sheet.y);
      expect(canvas.y + point.y).toBeGreaterThan(canvas.y);
      expect(await axeProblems(page)).toEqual([]);

      const more = panel(session).getByRole('button', { name: 'More about this' });
      await more.click();
      expect(await panel(session).locator('.summary').isVisible()).toBe(true);
      expect(await panel(session).getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe(
        'true'
      );
      expect((await page.locator('.context-slot').boundingBox())!.height).toBeLessThanOrEqual(844 * 0.5 + 1);
      expect(await axeProblems(page)).toEqual([]);

      // Escape returns to the list entry that opened it, opening the list again.
      await page.keyboard.press('Escape');
      await expect.poll(() => panel(session).count()).toBe(0);
      expect(await focusedText(page)).toBe('Miraflores Palace');
      // Escape again closes the list, and focus goes to the button that opens it.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#sidebar').isVisible()).toBe(false);
      expect(await focusedText(page)).toBe('Layers & places');
    });
  });
});

/** Sums the page's layout shifts (not those right after input) from the first paint on. */
const CLS_OBSERVER = () => {
  const w = window as unknown as { __cls: number };
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
      if (!entry.hadRecentInput) w.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

describe('no layout shift on load', () => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 }
  ])
    it(`CLS stays at or under 0.02 at ${viewport.width}×${viewport.height}`, async () => {
      await withApp({ viewport, beforeOpen: (page) => page.addInitScript(CLS_OBSERVER) }, async (session) => {
        // Everything late (layer counts, the timeline, the attribution) has arrived once the map is idle.
        await session.page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)))
        );
        const cls = await session.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
        expect(cls).toBeLessThanOrEqual(0.02);
      });
    });
});

describe('/robots.txt', () => {
  it('is a text file, not the app', async () => {
    await withApp({}, async (session) => {
      const response = await session.page.request.get(new URL('robots.txt', session.baseUrl).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/plain/);
      const text = await response.text();
      expect(text).toMatch(/^User-agent:/m);
      expect(text).not.toContain('<html');
    });
  });
});

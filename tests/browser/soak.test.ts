/**
 * A long session: a few hundred seeded random actions (pan, zoom, toggle, select, import, clear).
 * Afterwards nothing has leaked: no errors, the map's layers and sources are back to where they
 * started once imports are removed, and the heap has not grown without bound.
 */
import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { seededRandom } from '../../scripts/seeded-random';
import { waitForMapIdle, type Session, shareApp } from './harness';

// Enough to catch a leak per action (heap, layers, listeners) while keeping CI well under its 15 minutes.
const ACTIONS = 200;

const smallImport = {
  name: 'soak.geojson',
  mimeType: 'application/geo+json',
  buffer: Buffer.from(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Soak point' },
          geometry: { type: 'Point', coordinates: [-64, 11] }
        }
      ]
    })
  )
};

/** The map's layers and sources, but for the coarse world land, which is added once when first needed and kept. */
async function counts(session: Session) {
  return session.page.evaluate(() => {
    const style = window.__map!.getStyle();
    const notWorld = (id: string) => id !== 'world' && !id.startsWith('basemap-world');
    return {
      layers: style.layers.filter((layer) => notWorld(layer.id)).length,
      sources: Object.keys(style.sources).filter(notWorld).length
    };
  });
}

async function heapMB(session: Session): Promise<number> {
  const cdp = await session.page.context().newCDPSession(session.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Removes every imported soak layer, one at a time, waiting for each removal to land. */
async function removeImports({ page }: Session) {
  const remove = page.getByRole('button', { name: /^Remove soak\.geojson/ });
  for (let left = await remove.count(); left > 0; left--) {
    await remove.first().click();
    await expect.poll(() => remove.count()).toBe(left - 1);
  }
}

describe('a long session of random use', () => {
  let session: Session;
  shareApp((opened) => (session = opened), { errors: false, foreignRequests: false });

  it(`survives ${ACTIONS} seeded random actions without errors or leaks`, { timeout: 600_000 }, async () => {
    const { page } = session;
    const start = await counts(session);
    const heapStart = await heapMB(session);
    const next = seededRandom(20251201);
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const places = await page.locator('.place-list li button').allTextContents();
    const log: string[] = [];
    for (let i = 0; i < ACTIONS; i++) {
      const roll = next();
      const x = box.x + 60 + next() * (box.width - 520);
      const y = box.y + 60 + next() * (box.height - 120);
      if (roll < 0.2) {
        log.push('pan');
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + (next() - 0.5) * 300, y + (next() - 0.5) * 300, { steps: 4 });
        await page.mouse.up();
      } else if (roll < 0.35) {
        log.push('zoom');
        await page.mouse.move(x, y);
        await page.mouse.wheel(0, (next() - 0.5) * 600);
      } else if (roll < 0.55) {
        const layer = manifest.layers[Math.floor(next() * manifest.layers.length)]!;
        log.push(`toggle ${layer.id}`);
        await page.getByRole('checkbox', { name: layer.title }).click();
      } else if (roll < 0.7) {
        log.push('click map');
        await page.mouse.click(x, y);
      } else if (roll < 0.85) {
        const name = places[Math.floor(next() * places.length)]!.trim();
        log.push(`choose ${name}`);
        const entry = page.locator('.place-list').getByRole('button', { name, exact: true });
        if (await entry.count()) await entry.first().click();
      } else if (roll < 0.92) {
        log.push('escape');
        await page.keyboard.press('Escape');
      } else if (roll < 0.96) {
        log.push('import');
        await page.getByTestId('import-file').setInputFiles(smallImport);
        await expect
          .poll(() => page.getByRole('button', { name: /^Remove soak\.geojson/ }).count())
          .toBeGreaterThan(0);
      } else {
        log.push('clear imports');
        await removeImports(session);
      }
      if (session.errors.length) throw new Error(`after ${log.slice(-5).join(' → ')}: ${session.errors[0]}`);
    }
    // Back to a known state: imports removed, panel closed, every layer on.
    await removeImports(session);
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: 'Show all' })
      .click({ trial: false })
      .catch(() => undefined);
    await waitForMapIdle(page);

    expect(session.errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    expect(await counts(session)).toEqual(start);
    const heapEnd = await heapMB(session);
    // Bounded: a leak of the data or of listeners per action would add far more than this.
    expect(heapEnd).toBeLessThan(heapStart * 2 + 20);
    expect(log.filter((a) => a === 'import').length).toBeGreaterThan(0);
  });
});

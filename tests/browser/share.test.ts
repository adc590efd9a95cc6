/**
 * Sharing: the built page carries a share card (Open Graph and Twitter meta) whose image is a real
 * 1200×630 PNG of the map, served by the app itself; the Share control gives the current view as a link
 * and as an iframe.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openApp, waitForMapIdle } from './harness';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('the share card', () => {
  it('the built page has the card’s meta tags, and its image is the 1200×630 map', async () => {
    const baseUrl = inject('baseUrl');
    const html = await (await fetch(baseUrl)).text();
    const meta = (key: string) =>
      html.match(new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]+)"`))?.[1];
    expect(meta('description')).toMatch(/US–Venezuela/);
    expect(meta('og:title')).toMatch(/Caribbean situation map/);
    expect(meta('og:description')?.length).toBeGreaterThan(40);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = meta('og:image');
    expect(image).toMatch(/og-image\.png$/);
    expect(html).not.toContain('%VITE_'); // every placeholder was filled in at build time
    const response = await fetch(new URL(image!, baseUrl));
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
  });
});

describe('the Share control', () => {
  it('offers the current view as a link and as an iframe, and copies them', async () => {
    const session = await openApp();
    const { page } = session;
    try {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(session.baseUrl).origin
      });
      await page
        .getByRole('navigation', { name: 'Places' })
        .getByRole('button', { name: 'Miraflores Palace' })
        .click();
      await expect.poll(() => page.url()).toContain('feature=miraflores');
      await waitForMapIdle(page);
      // The map flies to the place; the view is in the URL once the flight has ended.
      let previous = '';
      const settled = () => {
        const now = page.url();
        const same = now === previous;
        previous = now;
        return same;
      };
      await expect.poll(settled, { interval: 700, timeout: 20_000 }).toBe(true);
      const viewHash = new URL(page.url()).hash;
      expect(viewHash).toMatch(/^#map=.*feature=miraflores/);

      await page.getByRole('button', { name: 'Share' }).click();
      const dialog = page.getByRole('dialog', { name: 'Share this view' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const permalink = await dialog.getByLabel('Link to this view').inputValue();
      expect(permalink).toBe(page.url());
      const snippet = await dialog.getByLabel('Embed in a page').inputValue();
      const src = snippet.match(/<iframe src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
      const embed = new URL(src);
      expect(embed.origin + embed.pathname).toBe(new URL(session.baseUrl).href);
      expect(embed.searchParams.has('embed')).toBe(true);
      expect(embed.hash).toBe(viewHash); // the same view, layers and selection

      await dialog.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toContain('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
      await dialog.getByRole('button', { name: 'Copy code' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

      // Escape closes the dialog, not the selection behind it.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.getByTestId('context-panel').isVisible()).toBe(true);
      expect(session.errors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
    } finally {
      await session.browser.close();
    }
  });
});

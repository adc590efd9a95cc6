/**
 * Sharing: the built page carries a share card (Open Graph and Twitter meta) whose image is a real
 * 1200×630 PNG of the map, served by the app itself.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

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

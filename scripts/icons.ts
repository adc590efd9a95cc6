/**
 * The installed app's PNG icons (public/icon-192.png, public/icon-512.png), rendered from public/icon.svg by
 * Debian's Chromium: some platforms install only from PNG icons. Run after changing the SVG:
 * npx tsx scripts/icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';

const ICON_SIZES = [192, 512] as const;

const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const size of ICON_SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
  );
  await page.screenshot({ path: `public/icon-${size}.png` });
  console.log(`public/icon-${size}.png`);
  await page.close();
}
await browser.close();

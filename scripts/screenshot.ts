/**
 * Screenshots of the built app as a person sees it, at desktop and phone sizes, in light and dark.
 * Usage: npm run build && npx tsx scripts/screenshot.ts [outDir] [path]   (serves dist/ itself)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';

const outDir = process.argv[2] ?? 'screenshots';
const path = process.argv[3] ?? '';
const mode = process.env.SCREENSHOT_MODE ?? 'production';
mkdirSync(outDir, { recursive: true });

const server = await preview({ mode, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const url = `http://127.0.0.1:${address.port}/${path}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const shots = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, colorScheme: 'light' as const },
  { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' as const },
  { name: 'desktop-dark', viewport: { width: 1440, height: 900 }, colorScheme: 'dark' as const }
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
  page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}] ${m.text()}`));
  await page.goto(url);
  await page.waitForSelector('canvas.maplibregl-canvas');
  // Wait for the map to settle: no new frames for a moment.
  await page.waitForTimeout(Number(process.env.SCREENSHOT_WAIT ?? 3500));
  await page.screenshot({ path: `${outDir}/${shot.name}.png` });
  console.log(`${outDir}/${shot.name}.png`);
  await page.close();
}
await browser.close();
await server.close();

/**
 * Screenshots of the built app as a person sees it, at desktop and phone sizes, in light and dark.
 * Usage: npm run build && npx tsx scripts/screenshot.ts [outDir] [path]   (serves dist/ itself)
 * The share card: npm run build && npx tsx scripts/screenshot.ts public --og   (public/og-image.png;
 * with `es/` after it, public/og-image-es.png for the Spanish page)
 */
import { mkdirSync } from 'node:fs';
import { chromium, type BrowserContextOptions } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/chromium.ts';

const og = process.argv.includes('--og');
const [outDir = 'screenshots', path = ''] = process.argv.slice(2).filter((arg) => arg !== '--og');
const mode = process.env.SCREENSHOT_MODE ?? 'production';
mkdirSync(outDir, { recursive: true });

interface Shot {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** CSS added to the page before the shot. */
  css?: string;
}

/**
 * The share card (og:image): 1200×630, the title, date and map, without the sidebar, legend or credits
 * (the page it links to has them: at this size they would cover a third of the map). The CSS is injected
 * with the page's CSP bypassed, in this script's browser only.
 */
const OG_SHOT: Shot = {
  name: 'og-image',
  viewport: { width: 1200, height: 630 },
  colorScheme: 'light',
  css: '.sidebar, .sidebar-toggle, .share-button, .certainty-legend, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-right { display: none !important } .workspace { grid-template-columns: 1fr !important }'
};
// A language's page (es/) gets its own card: og-image-es.png, which that page names (scripts/vite/prerender.ts).
const lang = /^([a-z]{2})\//.exec(path)?.[1];
const shots: Shot[] = og
  ? [{ ...OG_SHOT, name: lang ? `${OG_SHOT.name}-${lang}` : OG_SHOT.name }]
  : [
      { name: 'desktop', viewport: { width: 1440, height: 900 }, colorScheme: 'light' },
      { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
      { name: 'desktop-dark', viewport: { width: 1440, height: 900 }, colorScheme: 'dark' }
    ];

const server = await preview({ mode, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const url = `http://127.0.0.1:${address.port}/${path}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const shot of shots) {
  const options: BrowserContextOptions = {
    viewport: shot.viewport,
    colorScheme: shot.colorScheme,
    bypassCSP: Boolean(shot.css),
    serviceWorkers: 'block' // a screenshot is a first visit; nothing to install
  };
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error(`[${shot.name}] ${m.text()}`));
  await page.goto(url);
  await page.waitForSelector('canvas.maplibregl-canvas');
  if (shot.css) await page.addStyleTag({ content: shot.css });
  // Wait for the map to settle: no new frames for a moment.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(Number(process.env.SCREENSHOT_WAIT ?? 3500));
  await page.screenshot({ path: `${outDir}/${shot.name}.png` });
  console.log(`${outDir}/${shot.name}.png`);
  await context.close();
}
await browser.close();
await server.close();

/**
 * One cold page load in a fresh browser context (empty cache), with what the measurements need:
 * every response body (for the byte counts), an optional slow network, and an in-page probe that notes
 * when the map first has all its layers drawn.
 */
import type { Browser, BrowserContext, CDPSession, Page, Response } from 'playwright-core';
import { gzipSize, type LoadedResponse } from './bytes';

/** Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (1 Mbit = 1024² bits). */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8
};
export const VIEWPORT = { width: 1440, height: 900 };
/** Longest wait for "all layers drawn" before the run counts as failed (slow network included). */
const DRAWN_TIMEOUT_MS = 60_000;

export interface BenchProbe {
  /** performance.now() (ms since navigation start) when the map was first idle with every layer loaded. */
  drawnAt: number | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    /** performance.now() when the scale measurement's file input changed (measure.ts). */
    __benchImportStart?: number;
  }
}

/**
 * Runs in the page before its own scripts. Waits for window.__map, then checks on every 'idle' that the
 * style is loaded, every expected source exists and every source reports loaded.
 */
function installProbe(expectedSources: string[]): void {
  const probe: BenchProbe = { drawnAt: null };
  window.__bench = probe;
  const attach = (map: NonNullable<Window['__map']>) => {
    const check = () => {
      const sources = Object.keys(map.getStyle()?.sources ?? {});
      if (!expectedSources.every((id) => sources.includes(id))) return;
      if (!map.loaded() || !sources.every((id) => map.isSourceLoaded(id))) return;
      probe.drawnAt = performance.now();
      map.off('idle', check);
    };
    map.on('idle', check);
    // 'idle' follows a render; if the map already settled before we attached, ask for one more frame.
    map.triggerRepaint();
  };
  const timer = setInterval(() => {
    if (!window.__map) return;
    clearInterval(timer);
    attach(window.__map);
  }, 5);
}

export interface LoadedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: string[];
  /** Every response received until all layers were drawn, with its gzipped size. */
  responses: LoadedResponse[];
  /** Milliseconds from navigation start to all layers drawn; null if that never happened. */
  drawnMs: number | null;
}

export async function openCold(
  browser: Browser,
  url: string,
  options: { expectedSources: string[]; network?: typeof SLOW_4G; recordBytes?: boolean }
): Promise<LoadedPage> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: 'light',
    reducedMotion: 'no-preference'
  });
  // tsx compiles this script with esbuild's keepNames, which wraps functions in __name(…); functions sent
  // to the page keep those calls, so the page needs a no-op __name.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installProbe, options.expectedSources);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // Bodies are read only after the timed load: fetching them over CDP while the page loads slows it down.
  const received: Response[] = [];
  if (options.recordBytes) context.on('response', (response) => void received.push(response));
  const cdp = await context.newCDPSession(page);
  if (options.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', options.network);
  }
  await page.goto(url, { waitUntil: 'commit' });
  let drawnMs: number | null = null;
  try {
    await page.waitForFunction(() => window.__bench?.drawnAt != null, undefined, {
      timeout: DRAWN_TIMEOUT_MS,
      polling: 50
    });
    drawnMs = await page.evaluate(() => window.__bench!.drawnAt);
  } catch {
    errors.push(`the map did not have all layers drawn within ${DRAWN_TIMEOUT_MS / 1000} s`);
  }
  const responses = (
    await Promise.all(
      received.map((response) =>
        response.body().then(
          (body): LoadedResponse => ({
            url: response.url(),
            contentType: response.headers()['content-type'],
            gzipBytes: gzipSize(body)
          }),
          () => null // redirects and aborted requests have no body
        )
      )
    )
  ).filter((response) => response !== null);
  return { context, page, cdp, responses, errors, drawnMs };
}

/**
 * One cold page load in a fresh browser context (empty cache), with what the measurements need:
 * every response body (for the byte counts), a desktop or phone profile, and an in-page probe that notes
 * when the map first has all its layers drawn and collects the paint and layout-shift entries.
 */
import type { Browser, BrowserContext, CDPSession, Page, Request, Response } from 'playwright-core';
import { gzipSize, type LoadedResponse } from './bytes';
import { cumulativeLayoutShift, type LayoutShift, type Vitals } from './vitals';

/** Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (1 Mbit = 1024² bits). */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8
};
export const VIEWPORT = { width: 1440, height: 900 };
/** Lighthouse's mobile profile: a Moto G Power sized screen, CPU 4× slower, slow 4G. */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  cpuSlowdown: 4,
  network: SLOW_4G
};
export type Profile = 'desktop' | 'phone';
/** Longest wait for "all layers drawn" before the run counts as failed (slow network included). */
const DRAWN_TIMEOUT_MS = 90_000;
/** After drawn, the load counts as over once no request has been open for this long (or after the cap). */
const QUIET_MS = 1000;
const QUIET_CAP_MS = 15_000;

export interface BenchProbe {
  /** performance.now() (ms since navigation start) when the map was first idle with every layer loaded. */
  drawnAt: number | null;
  fcp: number | null;
  lcp: number | null;
  shifts: LayoutShift[];
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    /** performance.now() when the scale measurement's file input changed (measure.ts). */
    __benchImportStart?: number;
  }
}

/**
 * Runs in the page before its own scripts. Collects paints and layout shifts; unless the page reports
 * `drawnAt` itself (the Leaflet peer), waits for window.__map, then checks on every 'idle' that the style
 * is loaded, every expected source exists and every source reports loaded.
 */
function installProbe({
  expectedSources,
  selfReported
}: {
  expectedSources: string[];
  selfReported: boolean;
}) {
  const probe: BenchProbe = { drawnAt: null, fcp: null, lcp: null, shifts: [] };
  window.__bench = probe;
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void) =>
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') probe.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => (probe.lcp = entry.startTime));
  // What moved, as `tag#id.class`, so that a shift can be traced to its element.
  const describe = (node: Node | null) =>
    node instanceof Element
      ? `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`
      : String(node?.nodeName ?? '?');
  observe('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node: Node | null }[];
    };
    probe.shifts.push({
      startTime: shift.startTime,
      value: shift.value,
      hadRecentInput: shift.hadRecentInput,
      sources: (shift.sources ?? []).map((source) => describe(source.node))
    });
  });
  if (selfReported) return;
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
  /** Every response of the first load (until drawn and then a quiet network), with its gzipped size. */
  responses: LoadedResponse[];
  /** Milliseconds from navigation start to all layers drawn; null if that never happened. */
  drawnMs: number | null;
  vitals: Vitals | null;
}

/** Resolves once no request has been open for QUIET_MS, or after QUIET_CAP_MS. */
function networkQuiet(context: BrowserContext, open: Set<Request>): Promise<void> {
  return new Promise((resolve) => {
    const cap = setTimeout(finish, QUIET_CAP_MS);
    let quiet: ReturnType<typeof setTimeout> | undefined;
    function finish() {
      clearTimeout(cap);
      clearTimeout(quiet);
      context.off('request', arm);
      context.off('requestfinished', arm);
      context.off('requestfailed', arm);
      resolve();
    }
    function arm() {
      clearTimeout(quiet);
      if (!open.size) quiet = setTimeout(finish, QUIET_MS);
    }
    context.on('request', arm);
    context.on('requestfinished', arm);
    context.on('requestfailed', arm);
    arm();
  });
}

export async function openCold(
  browser: Browser,
  url: string,
  options: { expectedSources: string[]; profile?: Profile; recordBytes?: boolean; selfReported?: boolean }
): Promise<LoadedPage> {
  const phone = options.profile === 'phone';
  const context = await browser.newContext({
    viewport: phone ? PHONE.viewport : VIEWPORT,
    ...(phone && { deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true }),
    colorScheme: 'light',
    reducedMotion: 'no-preference'
  });
  // tsx compiles this script with esbuild's keepNames, which wraps functions in __name(…); functions sent
  // to the page keep those calls, so the page needs a no-op __name.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installProbe, {
    expectedSources: options.expectedSources,
    selfReported: Boolean(options.selfReported)
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  // Bodies are read only after the timed load: fetching them over CDP while the page loads slows it down.
  const received: { response: Response; afterDrawn: boolean }[] = [];
  let drawnSeen = false;
  const open = new Set<Request>();
  context.on('request', (request) => void open.add(request));
  context.on('requestfinished', (request) => void open.delete(request));
  context.on('requestfailed', (request) => void open.delete(request));
  if (options.recordBytes)
    context.on('response', (response) => void received.push({ response, afterDrawn: drawnSeen }));
  const cdp = await context.newCDPSession(page);
  if (phone) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  }
  await page.goto(url, { waitUntil: 'commit' });
  let drawnMs: number | null = null;
  try {
    await page.waitForFunction(() => window.__bench?.drawnAt != null, undefined, {
      timeout: DRAWN_TIMEOUT_MS,
      polling: 50
    });
    drawnSeen = true;
    drawnMs = await page.evaluate(() => window.__bench!.drawnAt);
  } catch {
    errors.push(`the map did not have all layers drawn within ${DRAWN_TIMEOUT_MS / 1000} s`);
  }
  // What loads after the map is drawn (lazy chunks, a service worker) is part of the first load too.
  await networkQuiet(context, open);
  const vitals = await page
    .evaluate(() => {
      const probe = window.__bench!;
      return { fcpMs: probe.fcp, lcpMs: probe.lcp, shifts: probe.shifts };
    })
    .then(({ shifts, ...paints }): Vitals => ({ ...paints, cls: cumulativeLayoutShift(shifts), shifts }))
    .catch(() => null);
  if (phone) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const responses = (
    await Promise.all(
      received.map(({ response, afterDrawn }) =>
        response.body().then(
          (body): LoadedResponse => ({
            url: response.url(),
            contentType: response.headers()['content-type'],
            gzipBytes: gzipSize(body),
            afterDrawn,
            byServiceWorker: Boolean(response.request().serviceWorker())
          }),
          () => null // redirects and aborted requests have no body
        )
      )
    )
  ).filter((response) => response !== null);
  return { context, page, cdp, responses, errors, drawnMs, vitals };
}

/** The WebGL renderer the browser draws with ("SwiftShader" means software, no GPU). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

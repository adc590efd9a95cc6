/**
 * Lighthouse 12 (13 needs Node 22) on the built app, mobile profile (its default: a Moto G Power screen,
 * CPU ×4 and slow 4G, simulated from one unthrottled load), against Debian's Chromium started here with a
 * DevTools port on loopback. Any failure comes back as the reason, for the bench to print.
 */
import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
  version: string;
  /** 0–100 */
  performance: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Lighthouse's own warnings about the run (e.g. a page that kept the main thread busy). */
  warnings: string[];
}

/** Starts the browser with a DevTools port chosen by the system, and reads the port from its log. */
function launch(executablePath: string, args: readonly string[]) {
  const child = spawn(executablePath, [...args, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  const port = new Promise<number>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => reject(new Error('Chromium did not open a DevTools port in 20 s')),
      20_000
    );
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before opening a DevTools port`));
    });
  });
  return { port, close: () => void child.kill() };
}

export async function runLighthouse(
  url: string,
  executablePath: string,
  chromiumArgs: readonly string[]
): Promise<LighthouseFigures> {
  const browser = launch(executablePath, chromiumArgs);
  try {
    const result = await lighthouse(url, {
      port: await browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance']
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const score = lhr.categories['performance']?.score;
    return {
      version: lhr.lighthouseVersion,
      performance: score == null ? null : Math.round(score * 100),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      warnings: lhr.runWarnings
    };
  } finally {
    browser.close();
  }
}

import { existsSync } from 'node:fs';

/** Debian's Chromium, or CHROME_PATH. Never a downloaded browser. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(
      `Chromium not found at ${path}: install it with "apt-get update && apt-get install -y chromium" (or set CHROME_PATH).`
    );
  return path;
}

/** Flags for a headless, offline, root-run Chromium on a machine without a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage'
];

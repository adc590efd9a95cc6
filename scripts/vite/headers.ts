/**
 * The response headers of public/_headers (Netlify / Cloudflare Pages format), for Vite's dev and preview
 * servers: one file says what a host must send, and the local servers send exactly that.
 */
import { readFileSync } from 'node:fs';

/** The headers listed under `/*` in a _headers file. */
export function siteHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inSite = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inSite = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inSite && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

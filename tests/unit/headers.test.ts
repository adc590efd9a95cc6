/** The headers a host must send (public/_headers), which the dev and preview servers send too. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteHeaders } from '../../scripts/vite/headers';

const HEADERS = fileURLToPath(new URL('../../public/_headers', import.meta.url));
const INDEX = fileURLToPath(new URL('../../index.html', import.meta.url));

describe('public/_headers', () => {
  const headers = siteHeaders(HEADERS);
  it('sends the page’s own Content-Security-Policy, so that it covers the import worker too', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync(INDEX, 'utf8')
    )?.[1];
    expect(meta).toBeDefined();
    expect(headers['Content-Security-Policy']).toBe(meta);
  });
  it('lets other sites embed the map (no frame-ancestors) and stops MIME sniffing', () => {
    expect(headers['Content-Security-Policy']).not.toMatch(/frame-ancestors/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

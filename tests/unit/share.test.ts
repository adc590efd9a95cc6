/** The Share dialog's links (src/ui/share.ts): the current view, as a permalink and as an embed. */
import { describe, expect, it } from 'vitest';
import { EMBED_SIZE, shareLinks } from '../../src/ui/share';

const at = (search: string, hash: string) => ({
  origin: 'https://maps.example.org',
  pathname: '/caribbean/',
  search,
  hash
});

describe('shareLinks', () => {
  it('the permalink is the page with its view; the embed adds ?embed before the same hash', () => {
    const links = shareLinks(at('', '#map=5/10.5/-66.9&feature=miraflores'), 'Caribbean situation map');
    expect(links.permalink).toBe('https://maps.example.org/caribbean/#map=5/10.5/-66.9&feature=miraflores');
    expect(links.embedUrl).toBe(
      'https://maps.example.org/caribbean/?embed#map=5/10.5/-66.9&feature=miraflores'
    );
    expect(links.iframe).toBe(
      `<iframe src="${links.embedUrl.replace('&', '&amp;')}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}"` +
        ' title="Caribbean situation map" loading="lazy" style="border: 0; max-width: 100%"></iframe>'
    );
  });

  it('keeps other query parameters (a language, say) and never doubles or leaks embed', () => {
    expect(shareLinks(at('?lang=es', ''), 't').embedUrl).toBe(
      'https://maps.example.org/caribbean/?embed&lang=es'
    );
    const fromEmbed = shareLinks(at('?embed&lang=es', '#map=4/9/-65'), 't');
    expect(fromEmbed.permalink).toBe('https://maps.example.org/caribbean/?lang=es#map=4/9/-65');
    expect(fromEmbed.embedUrl).toBe('https://maps.example.org/caribbean/?embed&lang=es#map=4/9/-65');
  });

  it('escapes what could end the snippet’s attributes', () => {
    const { iframe } = shareLinks(at('', '#feature="><script>'), 'A "map" & <more>');
    expect(iframe).not.toContain('<script>');
    expect(iframe).toContain('#feature=&quot;&gt;&lt;script&gt;');
    expect(iframe).toContain('title="A &quot;map&quot; &amp; &lt;more&gt;"');
  });
});

/**
 * What the Share dialog offers: the permalink of the current view (the page's URL, whose hash holds the
 * view, layers, selection and date) and an <iframe> snippet that embeds the same view (`?embed`).
 */

export interface ShareLinks {
  permalink: string;
  embedUrl: string;
  iframe: string;
}

/** The iframe's size: the article width the embed mode is made for. */
export const EMBED_SIZE = { width: 640, height: 420 } as const;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function shareLinks(
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>,
  title: string
): ShareLinks {
  const params = new URLSearchParams(location.search);
  params.delete('embed'); // shared from inside an embed, the permalink is the full map
  const rest = params.toString();
  const base = `${location.origin}${location.pathname}`;
  const permalink = `${base}${rest ? `?${rest}` : ''}${location.hash}`;
  const embedUrl = `${base}?embed${rest ? `&${rest}` : ''}${location.hash}`;
  const iframe =
    `<iframe src="${escapeAttribute(embedUrl)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}"` +
    ` title="${escapeAttribute(title)}" loading="lazy" style="border: 0; max-width: 100%"></iframe>`;
  return { permalink, embedUrl, iframe };
}

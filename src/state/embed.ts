/**
 * The embed mode (`?embed`): the map for an iframe in an article. It lives in the query string so that the
 * hash stays the permalink; `?embed`, `?embed=1` and `?embed=true` turn it on, `?embed=0|false` does not.
 */

export function isEmbed(search: string): boolean {
  const params = new URLSearchParams(search);
  if (!params.has('embed')) return false;
  const value = params.get('embed')!.toLowerCase();
  return value !== '0' && value !== 'false';
}

/** The full map at the same view: the same path, query and hash without the `embed` parameter. */
export function fullMapHref(location: Pick<Location, 'pathname' | 'search'>, hash: string): string {
  const params = new URLSearchParams(location.search);
  params.delete('embed');
  const rest = params.toString();
  const fragment = hash && !hash.startsWith('#') ? `#${hash}` : hash;
  return `${location.pathname}${rest ? `?${rest}` : ''}${fragment}`;
}

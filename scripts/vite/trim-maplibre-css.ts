/**
 * Vite plugin: maplibre-gl.css without the rules of the controls this map never creates (geolocate,
 * fullscreen, terrain, globe, the logo, popups, markers). Most of the file is those controls' icons as data:
 * URIs: about 10 KB gzip in all, of which the map uses under 2. A rule goes only when every one of its
 * selectors names an unused control, so a rule shared with a used one stays.
 */
import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';

/** The classes of controls and overlays the app does not make (src/map/SituationMap.svelte has its controls). */
export const UNUSED =
  /\.maplibregl-(ctrl-geolocate|ctrl-fullscreen|ctrl-shrink|pseudo-fullscreen|ctrl-terrain|ctrl-globe|ctrl-logo|user-location|popup|marker)\b/;

export function trimRules(root: Root): void {
  root.walkRules((rule) => {
    if (rule.selectors.every((selector) => UNUSED.test(selector))) rule.remove();
  });
  root.walkAtRules('keyframes', (atRule) => {
    if (atRule.params.includes('user-location')) atRule.remove();
  });
  // At-rules (@media) emptied by the above.
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
}

export function trimMapLibreCss(): Plugin {
  return {
    name: 'trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/.test(id)) return;
      const root = postcss.parse(code);
      trimRules(root);
      return { code: root.toString(), map: null };
    }
  };
}

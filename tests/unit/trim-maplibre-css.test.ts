/** scripts/vite/trim-maplibre-css.ts: MapLibre's stylesheet keeps what the map's own controls need. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimRules, UNUSED } from '../../scripts/vite/trim-maplibre-css';

const css = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'), 'utf8');
const trimmed = () => {
  const root = postcss.parse(css);
  trimRules(root);
  return root.toString();
};
const selectors = (text: string) => {
  const all = new Set<string>();
  postcss.parse(text).walkRules((rule) => {
    const inKeyframes =
      rule.parent?.type === 'atrule' && (rule.parent as { name?: string }).name === 'keyframes';
    if (!inKeyframes) rule.selectors.forEach((selector) => all.add(selector));
  });
  return all;
};

describe('maplibre-gl.css, trimmed to the controls the map makes', () => {
  it('keeps the map, its canvas, the attribution (compact too), zoom and compass buttons, the scale, box zoom', () => {
    const kept = selectors(trimmed());
    for (const selector of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-ctrl-bottom-right',
      '.maplibregl-ctrl-attrib.maplibregl-compact',
      '.maplibregl-ctrl-attrib.maplibregl-compact-show',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl button.maplibregl-ctrl-compass .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-scale',
      '.maplibregl-boxzoom'
    ])
      expect(kept, selector).toContain(selector);
    // Every rule that went named only controls the map does not make.
    for (const selector of selectors(css)) if (!kept.has(selector)) expect(selector).toMatch(UNUSED);
  });

  it('drops the unused controls’ rules, most of the file', () => {
    const text = trimmed();
    expect(text).not.toMatch(/maplibregl-ctrl-geolocate|maplibregl-ctrl-logo|maplibregl-popup|user-location/);
    expect(text.length).toBeLessThan(css.length / 3);
  });
});

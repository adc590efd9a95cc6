import { describe, expect, it } from 'vitest';
import { formatPermalink, isIsoDay, parsePermalink, type Permalink } from '../../src/state/permalink';

const known = {
  layerIds: new Set(['closed-airspace', 'deployment-zone', 'miraflores']),
  featureIds: new Set(['miraflores', 'caracas'])
};
const defaults = ['closed-airspace', 'deployment-zone', 'miraflores'];

describe('permalinks', () => {
  it('round-trip view, layers, feature and date', () => {
    const state: Permalink = {
      view: { center: [-66.9194, 10.5081], zoom: 7.25, bearing: 30, pitch: 20 },
      layers: ['miraflores'],
      feature: 'miraflores',
      date: '2025-11-21'
    };
    const hash = formatPermalink(state, defaults);
    expect(hash).toBe(
      '#map=7.25/10.5081/-66.9194/30/20&layers=miraflores&feature=miraflores&date=2025-11-21'
    );
    expect(parsePermalink(hash, known)).toEqual(state);
  });

  it('stay short: defaults are left out', () => {
    const hash = formatPermalink(
      { view: { center: [-66, 10], zoom: 5, bearing: 0, pitch: 0 }, layers: defaults },
      defaults
    );
    expect(hash).toBe('#map=5/10/-66');
  });

  it('keep "no layers at all" distinct from "the defaults"', () => {
    const hash = formatPermalink({ layers: [] }, defaults);
    expect(hash).toBe('#layers=');
    expect(parsePermalink(hash, known).layers).toEqual([]);
  });

  it('drop unknown layers and features but keep the valid parts', () => {
    const parsed = parsePermalink('#map=6/10/-66&layers=nope,miraflores,miraflores&feature=atlantis', known);
    expect(parsed).toEqual({
      view: { center: [-66, 10], zoom: 6, bearing: 0, pitch: 0 },
      layers: ['miraflores']
    });
  });

  it.each([
    '#map=abc/10/-66',
    '#map=6/95/-66',
    '#map=99/10/-66',
    '#map=6/10',
    '#map=6/10/-66/0/120',
    '#%E0%A4%A',
    '#date=2025-02-30',
    '#date=<script>',
    '#feature=',
    '#&&&==',
    '#map=Infinity/10/-66'
  ])('ignore garbage safely: %s', (hash) => {
    const parsed = parsePermalink(hash, known);
    expect(parsed.view).toBeUndefined();
    expect(parsed.date).toBeUndefined();
    expect(parsed.feature).toBeUndefined();
  });

  it('recognise real calendar days only', () => {
    expect(isIsoDay('2025-11-29')).toBe(true);
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2025-02-29')).toBe(false);
    expect(isIsoDay('2025-11')).toBe(false);
  });
});

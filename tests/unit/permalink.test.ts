import { describe, expect, it } from 'vitest';
import {
  formatPermalink,
  isIsoDay,
  MAX_MEASURE_POINTS,
  parsePermalink,
  type Permalink
} from '../../src/state/permalink';

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

  it('carry a measurement: its points to ~10 m, the mode on even with no point yet', () => {
    const hash = formatPermalink(
      {
        measure: [
          [-66.879234, 10.48801],
          [-68.8864, 12.1225]
        ]
      },
      defaults
    );
    expect(hash).toBe('#measure=-66.8792,10.488;-68.8864,12.1225');
    expect(parsePermalink(hash, known).measure).toEqual([
      [-66.8792, 10.488],
      [-68.8864, 12.1225]
    ]);
    expect(formatPermalink({ measure: [] }, defaults)).toBe('#measure=');
    expect(parsePermalink('#measure=', known).measure).toEqual([]);
    expect(parsePermalink('#map=5/10/-66', known).measure).toBeUndefined();
  });

  it('drop measured points that are not positions, and cut a very long measurement', () => {
    const parsed = parsePermalink('#measure=-66,10;abc;200,10;-66,95;-67,11,3;;-68,12', known);
    expect(parsed.measure).toEqual([
      [-66, 10],
      [-68, 12]
    ]);
    const many = Array.from({ length: 80 }, (_, i) => `-66,${i / 10}`).join(';');
    expect(parsePermalink(`#measure=${many}`, known).measure).toHaveLength(MAX_MEASURE_POINTS);
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

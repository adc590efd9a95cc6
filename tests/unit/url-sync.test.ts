import { describe, expect, it } from 'vitest';
import { formatPermalink, parsePermalink } from '../../src/state/permalink';
import {
  applyInitialLink,
  applyLink,
  historyStep,
  knownNames,
  permalinkOf,
  type LinkTarget
} from '../../src/state/url';
import { escapeAction } from '../../src/state/keys';

const layerIds = ['closed-airspace', 'deployment-zone', 'miraflores'];

/** A stand-in for the Situation that records what a link asked of it. */
function recorder() {
  const calls: string[] = [];
  const target: LinkTarget = {
    showOnly: (ids) => calls.push(`showOnly ${ids.join(',')}`),
    setDate: (day) => calls.push(`setDate ${day}`),
    select: (id) => calls.push(`select ${id}`),
    setMeasuring: (on, points = []) => calls.push(`setMeasuring ${on} ${points.length}`)
  };
  return { calls, target };
}

describe('the URL of the state', () => {
  it('names the visible layers in order, the selection, the date and a measurement', () => {
    const state = {
      layerIds,
      visible: new Set(['miraflores', 'closed-airspace']),
      selectedId: 'miraflores',
      date: '2025-11-21',
      measuring: true,
      measurePoints: [[-66.9, 10.5]] as [number, number][]
    };
    const view = { center: [-66.9, 10.5] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
    expect(permalinkOf(state, view)).toEqual({
      view,
      layers: ['closed-airspace', 'miraflores'],
      feature: 'miraflores',
      date: '2025-11-21',
      measure: [[-66.9, 10.5]]
    });
    const plain = { ...state, selectedId: null, date: null, measuring: false, visible: new Set(layerIds) };
    expect(formatPermalink(permalinkOf(plain, undefined), layerIds)).toBe('');
  });

  it('a new selection is a history entry; anything else, or a step through history, replaces it', () => {
    expect(historyStep(null, 'miraflores', false)).toBe('push');
    expect(historyStep('miraflores', 'caracas', false)).toBe('push');
    expect(historyStep('miraflores', null, false)).toBe('push');
    expect(historyStep('miraflores', 'miraflores', false)).toBe('replace');
    expect(historyStep(null, 'miraflores', true)).toBe('replace');
  });

  it('back or forward sets everything the entry says, and the defaults for what it leaves out', () => {
    const { calls, target } = recorder();
    applyLink(target, parsePermalink('#feature=miraflores', knownNames(layerIds, ['miraflores'])), layerIds);
    expect(calls).toEqual([
      `showOnly ${layerIds.join(',')}`,
      'setDate null',
      'select miraflores',
      'setMeasuring false 0'
    ]);
  });

  it('on load, only what the link names changes, and its feature waits for the data', () => {
    const { calls, target } = recorder();
    const link = parsePermalink('#layers=miraflores&feature=atlantis&date=2025-10-01', knownNames(layerIds));
    expect(applyInitialLink(target, link)).toEqual({ pendingFeature: 'atlantis' });
    expect(calls).toEqual(['showOnly miraflores', 'setDate 2025-10-01']);
    const empty = recorder();
    expect(applyInitialLink(empty.target, {})).toEqual({});
    expect(empty.calls).toEqual([]);
  });

  it('knows feature names only once they are given (while loading, any is kept for later)', () => {
    expect(knownNames(layerIds).featureIds).toBeUndefined();
    expect([...knownNames(layerIds, ['a']).featureIds!]).toEqual(['a']);
  });
});

describe('Escape', () => {
  it('belongs to the measure tool while measuring, else closes the panel, else the sidebar', () => {
    expect(escapeAction({ measuring: true, selected: true })).toBe('none');
    expect(escapeAction({ measuring: false, selected: true })).toBe('close-panel');
    expect(escapeAction({ measuring: false, selected: false })).toBe('close-sidebar');
  });
});

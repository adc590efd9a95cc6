import { describe, expect, it } from 'vitest';
import type { LayerLoad } from '../../src/data/load';
import type { LayerEntry } from '../../src/data/schema';
import { Situation } from '../../src/state/situation.svelte';

const entry = { id: 'places', title: 'Places', kind: 'point' } as LayerEntry;
const point = (id: string, since: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
  properties: { id, name: id, since }
});

function situation() {
  const s = new Situation(['places'], ['places'], '2025-12-01');
  const data = { type: 'FeatureCollection', features: [point('a', '2025-11'), point('b', '2025-11-20')] };
  s.loads = [{ status: 'loaded', entry, data } as unknown as LayerLoad];
  return s;
}

describe('the chosen day, as a reader reads it', () => {
  it('a month-only event that moves the date reads as its month; any other change reads as the day', () => {
    const s = situation();
    s.setDate('2025-08-01');
    s.showEvent(['a'], '2025-11-01', '2025-11');
    expect(s.day).toBe('2025-11-01');
    expect(s.dayAsWritten).toBe('2025-11');
    s.setDate('2025-11-01'); // the same day, chosen on the slider: a day
    expect(s.dayAsWritten).toBe('2025-11-01');
  });

  it('an event whose features enter later moves the date to that day, which reads as the day', () => {
    const s = situation();
    s.setDate('2025-08-01');
    s.showEvent(['b'], '2025-11-20', '2025-11');
    expect(s.dayAsWritten).toBe('2025-11-20');
  });

  it('counts, per layer, the features on the map on the chosen day', () => {
    const s = situation();
    expect(s.shownCounts).toEqual({ places: 2 });
    s.setDate('2025-11-05');
    expect(s.shownCounts).toEqual({ places: 1 });
    expect(s.nothingShown).toBe(false);
    s.setDate('2025-10-01');
    expect(s.nothingShown).toBe(true);
    expect(s.earliestSince).toBe('2025-11');
  });
});

/**
 * The place list's entries (src/ui/places.ts) and the feature index (src/state/featureIndex.ts): both must
 * stay cheap for an imported layer of 100,000 features, and give what sorting and indexing all would.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LayerEntry, SituationCollection } from '../../src/data/schema';
import { FeatureIndex } from '../../src/state/featureIndex';
import { listPlaces } from '../../src/ui/places';

const feature = (id: string, name?: string, since?: string): Feature => ({
  type: 'Feature',
  properties: { id, ...(name !== undefined && { name }), ...(since && { since }) },
  geometry: { type: 'Point', coordinates: [-66, 10] }
});

/** Names in a scrambled order, some equal, some differing only in case or accents. */
const names = Array.from({ length: 2000 }, (_, i) => {
  const n = (i * 7919) % 2000;
  return ['Río', 'rio', 'Rio', 'Caracas', 'caracas', 'Ávila', 'Zulia', 'Barinas'][n % 8] + ` ${n % 97}`;
});
const features = names.map((name, i) => feature(`f-${i}`, name, i % 3 ? '2025-11-15' : '2025-09-01'));

describe('listPlaces', () => {
  it('gives the first names in the order a full sort gives, and how many there are in all', () => {
    const collator = new Intl.Collator();
    const sorted = features
      .map((f) => String(f.properties!['name']))
      .sort((a, b) => collator.compare(a, b))
      .slice(0, 300);
    const { places, shown } = listPlaces(features, null, 300);
    expect(places.map((place) => place.name)).toEqual(sorted);
    expect(shown).toBe(2000);
  });

  it('leaves out what is not yet in the story on the day, and counts only what is shown', () => {
    const { places, shown } = listPlaces(features, '2025-10-01', 5000);
    expect(shown).toBe(features.filter((_, i) => i % 3 === 0).length);
    expect(places).toHaveLength(shown);
    expect(places.every((place) => Number(place.id.slice(2)) % 3 === 0)).toBe(true);
  });

  it('names a feature without a name by its id', () => {
    expect(listPlaces([feature('no-name')], null, 10).places).toEqual([{ id: 'no-name', name: 'no-name' }]);
  });
});

describe('FeatureIndex', () => {
  const entry = (id: string) => ({ id, title: id, kind: 'point' }) as unknown as LayerEntry;
  const layer = (id: string, ids: string[]) => ({
    entry: entry(id),
    data: {
      type: 'FeatureCollection',
      features: ids.map((f) => feature(f, `Name of ${f}`))
    } as unknown as SituationCollection
  });

  it('finds features across layers, with their layer, and lists every id', () => {
    const index = new FeatureIndex([layer('a', ['a-1', 'a-2']), layer('b', ['b-1'])]);
    expect(index.get('b-1')?.entry.id).toBe('b');
    expect(index.get('a-2')?.name).toBe('Name of a-2');
    expect(index.has('c-1')).toBe(false);
    expect([...index.keys()]).toEqual(['a-1', 'a-2', 'b-1']);
  });

  it('does not look into a layer until a feature is not found before it', () => {
    const big = layer('big', ['big-1']);
    let read = 0;
    const features = big.data.features;
    Object.defineProperty(big.data, 'features', { get: () => (read++, features) });
    const index = new FeatureIndex([layer('small', ['s-1']), big]);
    expect(index.get('s-1')?.id).toBe('s-1');
    expect(read).toBe(0);
    expect(index.get('big-1')?.id).toBe('big-1');
    expect(read).toBe(1);
    // Built once per layer, also for a later index over the same layers.
    expect(new FeatureIndex([big]).get('big-1')?.entry.id).toBe('big');
    expect(read).toBe(1);
  });
});

/** Stored imported layers read back from IndexedDB: a damaged record is named and set aside, never thrown. */
import { describe, expect, it } from 'vitest';
import { checkStoredEntry, parseStoredData } from '../../src/import/stored';

const entry = {
  id: 'import-a-1-abcdef',
  file: 'a.geojson',
  title: 'a.geojson',
  description: '1 points from a file you imported.',
  kind: 'point',
  style: { color: '#0f9d8a' },
  attribution: 'Imported by you: a.geojson',
  visible: true
};
const good = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'x', name: 'x' }, geometry: { type: 'Point', coordinates: [1, 2] } }
  ]
});

describe('a stored record', () => {
  it('with its entry is usable', () => {
    expect(checkStoredEntry({ id: entry.id, entry, order: 1 })).toEqual({ entry });
  });
  it.each([
    ['null', null, 'the record is null'],
    ['without an entry', { id: 'import-b-1' }, 'its description (title, colour, kind) is missing'],
    [
      'with an unknown kind',
      { id: entry.id, entry: { ...entry, kind: 'heatmap' } },
      'its layer kind is unknown'
    ],
    ['with another layer’s entry', { id: 'import-c-2', entry }, 'its description belongs to another layer']
  ])('%s is named with what is wrong', (_, record, problem) => {
    expect(checkStoredEntry(record)).toMatchObject({ problem });
  });
  it('with good data parses; truncated or broken data is named', () => {
    expect(parseStoredData(good)).toMatchObject({ type: 'FeatureCollection' });
    expect(parseStoredData(good.slice(0, 40))).toMatchObject({
      problem: expect.stringMatching(/^its data is damaged/)
    });
    expect(parseStoredData('null')).toEqual({ problem: 'its data is not a FeatureCollection' });
    const broken = good.replace('[1,2]', '[1,"2"]');
    expect(parseStoredData(broken)).toMatchObject({
      problem: expect.stringContaining('features[0].geometry.coordinates[1]')
    });
  });
});

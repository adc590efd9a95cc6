import { readFileSync } from 'node:fs';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Manifest, SituationCollection, SituationFeature } from '../../src/data/schema';
import {
  allFilters,
  countShown,
  firstDay,
  earliestSince,
  shownOn,
  shownOnFilter
} from '../../src/timeline/asOf';
import {
  collectEvents,
  dayKnown,
  groupByDate,
  isAfter,
  revealDay,
  stopIndex,
  timelineStops,
  type TimelineEvent
} from '../../src/timeline/events';

function feature(id: string, since: string, dates: [string, string][]): SituationFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-66, 10] },
    properties: {
      id,
      name: id,
      summary: '',
      status: 'confirmed',
      precision: 'exact',
      since,
      dates: dates.map(([date, event]) => ({ date, event })),
      sources: [],
      geometrySource: ''
    }
  };
}
const collection = (...features: SituationFeature[]): SituationCollection => ({
  type: 'FeatureCollection',
  features
});

describe('collecting the timeline from the features', () => {
  const zone = feature('zone', '2025-08-14', [
    ['2025-08-14', 'Ships leave Norfolk.'],
    ['2025-08-18', 'Destroyers ordered.'],
    ['2025-08', 'Late August: imagery near Curaçao.']
  ]);
  const curacao = feature('curacao', '2025-08', [['2025-08', 'Late August: imagery near Curaçao. ']]);
  const palace = feature('palace', '2025-08', [
    ['2018-02', 'Background: preliminary examination.'],
    ['2025-08-18', 'Destroyers ordered.']
  ]);
  const events = collectEvents([collection(zone), collection(curacao, palace)]);

  it('sorts oldest first; a month-only event after the known days of its month', () => {
    expect(events.map((e) => e.date)).toEqual(['2018-02', '2025-08-14', '2025-08-18', '2025-08']);
  });

  it('merges the same event told on several features, keeping data order', () => {
    expect(events.find((e) => e.date === '2025-08')?.featureIds).toEqual(['zone', 'curacao']);
    expect(events.find((e) => e.date === '2025-08-18')?.featureIds).toEqual(['zone', 'palace']);
    expect(events).toHaveLength(4);
  });

  it('keeps events apart when the words differ', () => {
    const other = feature('other', '2025-08', [['2025-08-18', 'Something else.']]);
    expect(collectEvents([collection(zone, other)]).filter((e) => e.date === '2025-08-18')).toHaveLength(2);
  });

  it('knows the span of each precision', () => {
    const byDate = (date: string) => events.find((e) => e.date === date)!;
    expect(byDate('2018-02').span).toEqual(['2018-02-01', '2018-02-28']);
    expect(byDate('2025-08-14').span).toEqual(['2025-08-14', '2025-08-14']);
    expect(dayKnown('2025-08')).toBe(false);
    expect(dayKnown('2025-08-14')).toBe(true);
    expect(firstDay('2025')).toBe('2025-01-01');
  });

  it('groups events by date', () => {
    const twoSameDay = collectEvents([
      collection(
        feature('a', '2025-11', [['2025-11-21', 'FAA warning.']]),
        feature('b', '2025-11', [['2025-11-21', 'Airlines cancel.']])
      )
    ]);
    const groups = groupByDate([...events, ...twoSameDay].sort((x, y) => (x.span[1] < y.span[1] ? -1 : 1)));
    expect(groups.map((g) => [g.date, g.events.length])).toEqual([
      ['2018-02', 1],
      ['2025-08-14', 1],
      ['2025-08-18', 1],
      ['2025-08', 1],
      ['2025-11-21', 2]
    ]);
  });

  it('tells which events lie after a chosen day', () => {
    const late = events.find((e) => e.date === '2025-08')!;
    expect(isAfter(late, '2025-07-31')).toBe(true);
    expect(isAfter(late, '2025-08-01')).toBe(false); // it may have happened by then
  });

  it('moves the date forward far enough to show the event and its features', () => {
    const since: Record<string, string> = { zone: '2025-08-14', curacao: '2025-08', palace: '2025-08' };
    const sinceOf = (id: string) => since[id];
    const background = events.find((e) => e.date === '2018-02')!;
    expect(revealDay(background, sinceOf)).toBe('2025-08-01'); // the palace is in the story from August
    expect(
      revealDay(
        events.find((e) => e.date === '2025-08')!,
        sinceOf
      )
    ).toBe('2025-08-14');
    expect(
      revealDay(
        events.find((e) => e.date === '2025-08-18')!,
        sinceOf
      )
    ).toBe('2025-08-18');
  });

  it('offers slider stops from the first possible day to the latest, none after it', () => {
    const later: TimelineEvent = {
      date: '2026-01-03',
      text: 'x',
      featureIds: [],
      span: ['2026-01-03', '2026-01-03']
    };
    const stops = timelineStops([...events, later], '2025-12-01');
    expect(stops).toEqual([
      '2018-02-01',
      '2018-02-28',
      '2025-08-14',
      '2025-08-18',
      '2025-08-31',
      '2025-12-01'
    ]);
    expect(stopIndex(stops, '2025-08-20')).toBe(3);
    expect(stopIndex(stops, '2017-01-01')).toBe(0);
    expect(stopIndex(stops, '2025-12-01')).toBe(5);
  });
});

describe('the situation as of a day', () => {
  const cases: [string | undefined, string, boolean][] = [
    ['2025-08-14', '2025-08-13', false],
    ['2025-08-14', '2025-08-14', true],
    ['2025-08', '2025-07-31', false],
    ['2025-08', '2025-08-01', true],
    ['2025-09', '2025-08-31', false],
    ['2025', '2025-01-01', true],
    ['2026', '2025-12-31', false],
    [undefined, '2000-01-01', true]
  ];

  it.each(cases)('since %s, on %s: shown = %s', (since, day, shown) => {
    expect(shownOn(since, day)).toBe(shown);
  });

  it.each(cases)('the map filter agrees: since %s, on %s', (since, day, shown) => {
    const filter = featureFilter(shownOnFilter(day));
    const properties = since === undefined ? {} : { since };
    const input = { type: 1, properties, geometry: [] } as unknown as Parameters<typeof filter.filter>[1];
    expect(filter.filter({ zoom: 5 }, input)).toBe(shown);
  });

  it('combines with a layer’s own filter', () => {
    const own: ['==', ['get', string], string] = ['==', ['get', 'kind'], 'x'];
    expect(allFilters(own, undefined)).toBe(own);
    expect(allFilters(undefined, shownOnFilter('2025-01-01'))).toEqual(shownOnFilter('2025-01-01'));
    expect(allFilters(own, shownOnFilter('2025-01-01'))).toEqual(['all', own, shownOnFilter('2025-01-01')]);
  });
});

describe('the timeline of geodata/', () => {
  const manifest = JSON.parse(readFileSync('geodata/manifest.json', 'utf8')) as Manifest;
  const layers = manifest.layers.map(
    (entry) => JSON.parse(readFileSync(`geodata/${entry.file}`, 'utf8')) as SituationCollection
  );
  const events = collectEvents(layers);
  const find = (pattern: RegExp) => events.filter((e) => pattern.test(e.text));

  it('has the dated events of the story, each on the right day', () => {
    const expected: [RegExp, string][] = [
      [/Iwo Jima amphibious ready group/, '2025-08-14'],
      [/Gravely, USS Jason Dunham and USS Sampson/, '2025-08-18'],
      [/Gerald R\. Ford carrier strike group is ordered/, '2025-10-24'],
      [/Ford group enters US Southern Command/, '2025-11-11'],
      [/Ford group is reported operating in the Caribbean/, '2025-11-18'],
      [/NOTAM KICZ A0012\/25/, '2025-11-21'],
      [/closed in its entirety/, '2025-11-29']
    ];
    for (const [pattern, date] of expected)
      expect(
        find(pattern).map((e) => e.date),
        String(pattern)
      ).toEqual([date]);
  });

  it('dates the phone call as the sources do: 21 Nov per Reuters, confirmed by Trump on 30 Nov', () => {
    const call = find(/speak by phone/);
    expect(call.map((e) => e.date)).toEqual(['2025-11-21']);
    expect(call[0]!.text).toMatch(/Reuters/);
    expect(find(/confirms the call/).map((e) => e.date)).toEqual(['2025-11-30']);
  });

  it('has the ICC background on its days: examination 8 Feb 2018, referral, investigation 3 Nov 2021', () => {
    const icc = find(/ICC/);
    expect(icc.map((e) => e.date)).toEqual(['2018-02-08', '2018-09-27', '2021-11-03']);
    expect(icc[0]!.text).toMatch(/since at least April 2017/);
  });

  it('merges the events told on two features', () => {
    expect(find(/near Curaçao/)[0]?.featureIds).toEqual(['deployment-zone', 'willemstad']);
    expect(find(/northern Brazil/)[0]?.featureIds).toEqual(['border-route-troncal-10', 'border-route-br174']);
  });

  it('has no event after the manifest’s asOf', () => {
    for (const event of events) expect(event.span[0] <= manifest.asOf, event.text).toBe(true);
  });
});

describe('counts on the chosen day', () => {
  const features = [
    { properties: { since: '2025-08' } },
    { properties: { since: '2025-11-21' } },
    { properties: { since: '2025-11' } }
  ];

  it('counts the features on the map on a day, all of them without a day', () => {
    expect(countShown(features, '2025-12-01')).toBe(3);
    expect(countShown(features, '2025-11-05')).toBe(2);
    expect(countShown(features, '2018-02-01')).toBe(0);
    expect(countShown(features, null)).toBe(3);
    expect(countShown([{ properties: null }, {}], '2018-02-01')).toBe(2); // undated: always shown
  });

  it('finds the first day anything is on the map, to say when an early date shows nothing', () => {
    // As written: a month stays a month ("Aug 2025", not "1 Aug 2025").
    expect(earliestSince(features)).toBe('2025-08');
    expect(earliestSince([{ properties: { since: '2025-08-14' } }, ...features])).toBe('2025-08');
    expect(earliestSince([{ properties: { since: '2025-07-31' } }, ...features])).toBe('2025-07-31');
    expect(earliestSince([])).toBeNull();
    expect(earliestSince([...features, { properties: {} }])).toBeNull();
  });
});

/**
 * The translation rule (src/data/validate-translations.ts through validateGeodata): every missing Spanish
 * text is named by file, feature and JSON path; malformed translations and arrays that do not mirror the
 * English ones always fail; gaps fail only when translations are required.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, TRANSLATIONS_REQUIRED, validateGeodata } from '../../src/data/validate';

const source = { title: 'A report', publisher: 'A paper', date: '2025-11-30' };

function manifest(extra: Record<string, unknown> = {}, layerExtra: Record<string, unknown> = {}) {
  return {
    title: 'Map',
    subtitle: 'A test map',
    asOf: '2025-12-01',
    region: [-95, -5, -45, 25],
    view: { center: [-65.5, 9.5], zoom: 4.6 },
    layers: [
      {
        id: 'places',
        file: 'places.geojson',
        title: 'Places',
        description: 'Cities.',
        kind: 'point',
        style: { color: '#444' },
        attribution: 'Fixture data',
        visible: true,
        ...layerExtra
      }
    ],
    ...extra
  };
}

function place(extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [-66.9, 10.5] },
    properties: {
      id: 'caracas',
      name: 'Caracas',
      summary: 'The capital.',
      status: 'confirmed',
      precision: 'exact',
      since: '2025-08-01',
      dates: [{ date: '2025-11-30', event: 'A rally.' }],
      sources: [source],
      geometrySource: 'GeoNames',
      quotes: [
        { text: 'Peace.', speaker: 'Nicolás Maduro', context: 'at a rally', status: 'reported', source }
      ],
      ...extra
    }
  };
}

const spanishPlace = {
  name: 'Caracas',
  summary: 'La capital.',
  geometrySource: 'GeoNames',
  dates: [{ event: 'Un mitin.' }],
  quotes: [{ translation: 'Paz.', context: 'en un mitin' }]
};
const spanishManifest = { es: { title: 'Mapa', subtitle: 'Un mapa de prueba' } };
const spanishLayer = { es: { title: 'Lugares', description: 'Ciudades.' } };

function check(
  placeExtra: Record<string, unknown>,
  manifestExtra: Record<string, unknown> = { i18n: spanishManifest },
  layerExtra: Record<string, unknown> = { i18n: spanishLayer },
  requireTranslations = false
) {
  const files = new Map([
    ['manifest.json', JSON.stringify(manifest(manifestExtra, layerExtra))],
    ['places.geojson', JSON.stringify({ type: 'FeatureCollection', features: [place(placeExtra)] })]
  ]);
  const report = validateGeodata(files, { requireTranslations });
  return {
    problems: report.problems.map(formatProblem),
    untranslated: report.untranslated.map(formatProblem)
  };
}

describe('the translation rule', () => {
  it('accepts a fully translated map', () => {
    expect(check({ i18n: { es: spanishPlace } })).toEqual({ problems: [], untranslated: [] });
  });

  it('names each untranslated feature, layer and the manifest, with what is left to translate', () => {
    const { problems, untranslated } = check({}, {}, {});
    expect(problems).toEqual([]);
    expect(untranslated).toEqual([
      'manifest.json: at i18n.es: is missing (to translate: title, subtitle)',
      'manifest.json: at layers[0].i18n.es: is missing (to translate: title, description)',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es: is missing (to translate: name, summary, geometrySource, dates (1), quotes (1))'.replace(
        ', context?',
        ''
      )
    ]);
  });

  it('names each missing field of a partial translation by its JSON path', () => {
    const { untranslated } = check({
      i18n: { es: { name: 'Caracas', dates: [{}], quotes: [{ translation: 'Paz.' }] } }
    });
    expect(untranslated).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.summary: is missing (its translation is needed)',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.geometrySource: is missing (its translation is needed)',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.dates[0].event: is missing (its translation is needed)',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes[0].context: is missing (its translation is needed)'
    ]);
  });

  it('makes gaps problems when translations are required', () => {
    const { problems } = check({}, { i18n: spanishManifest }, { i18n: spanishLayer }, true);
    expect(problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es: is missing (to translate: name, summary, geometrySource, dates (1), quotes (1))'
    ]);
  });

  it('fails on arrays that do not mirror the English ones, even when translations are optional', () => {
    const { problems } = check({ i18n: { es: { ...spanishPlace, dates: [], quotes: [{}, {}] } } });
    expect(problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.dates: has 0 entries but the English dates has 1; give one per English entry, in the same order',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes: has 2 entries but the English quotes has 1; give one per English entry, in the same order'
    ]);
  });

  it('fails on a glossary that does not mirror the English glossary', () => {
    const glossary = [{ term: 'FIR', explanation: 'A flight information region.' }];
    const { problems, untranslated } = check(
      { i18n: { es: spanishPlace } },
      { glossary, i18n: { es: { ...spanishManifest.es, glossary: [glossary[0], glossary[0]] } } }
    );
    expect(problems).toEqual([
      'manifest.json: at i18n.es.glossary: has 2 entries but the English glossary has 1; give one per English entry, in the same order'
    ]);
    expect(untranslated).toEqual([]);
    expect(check({ i18n: { es: spanishPlace } }, { glossary, i18n: spanishManifest }).untranslated).toEqual([
      'manifest.json: at i18n.es.glossary: is missing (1 entry, one per English glossary entry)'
    ]);
  });

  it('fails on malformed translations: wrong types, unknown fields and locales, English as a translation', () => {
    const { problems } = check({
      i18n: {
        en: {},
        fr: {},
        es: {
          ...spanishPlace,
          summary: '',
          sumary: 'typo',
          dates: 'no',
          quotes: [{ translation: 'Paz.', context: 7 }]
        }
      }
    });
    expect(problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.en: English is the base text, not a translation: keep it in the fields themselves',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.fr: is not a translated locale (es)',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.sumary: is not a translatable field here (name, summary, geometrySource, dates, quotes)',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.summary: must be a non-empty string, got ""',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.dates: must be an array, got "no"',
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes[0].context: must be a non-empty string, got number 7'
    ]);
    expect(check({ i18n: 'es' }).problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n: must be an object keyed by locale, got "es"'
    ]);
  });

  it('fails on a quote context translated where the English quote has none', () => {
    const quotes = [{ text: 'Yes.', speaker: 'Donald Trump', status: 'reported', source }];
    const { problems } = check({
      quotes,
      i18n: { es: { ...spanishPlace, quotes: [{ translation: 'Sí.', context: 'inventado' }] } }
    });
    expect(problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes[0].context: translates nothing: the English has no such field'
    ]);
  });
});

describe('a quote already in the translated language', () => {
  const spanishQuote = [
    { text: 'Paz.', speaker: 'Vladimir Padrino López', context: 'at a rally', status: 'reported', source }
  ];

  it('needs no translation when marked sameLanguage, but still its context', () => {
    const ok = { ...spanishPlace, quotes: [{ sameLanguage: true, context: 'en un mitin' }] };
    expect(check({ quotes: spanishQuote, i18n: { es: ok } })).toEqual({ problems: [], untranslated: [] });
    const noContext = { ...spanishPlace, quotes: [{ sameLanguage: true }] };
    expect(check({ quotes: spanishQuote, i18n: { es: noContext } }).untranslated).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes[0].context: is missing (its translation is needed)'
    ]);
  });

  it('fails on a translation beside the flag, or a flag that is not true', () => {
    const both = {
      ...spanishPlace,
      quotes: [{ sameLanguage: true, translation: 'Paz.', context: 'en un mitin' }]
    };
    const notTrue = {
      ...spanishPlace,
      quotes: [{ sameLanguage: 'yes', translation: 'Paz.', context: 'en un mitin' }]
    };
    expect(check({ quotes: spanishQuote, i18n: { es: both } }).problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes[0].translation: is not needed: "sameLanguage" says the words are already in this language'
    ]);
    expect(check({ quotes: spanishQuote, i18n: { es: notTrue } }).problems).toEqual([
      'places.geojson: feature "caracas" (features[0]) at features[0].properties.i18n.es.quotes[0].sameLanguage: must be true or left out, got "yes"'
    ]);
  });
});

describe('an event told on two features', () => {
  it('must be translated with the same words, so the timeline still merges it', () => {
    const event = { i18n: { es: spanishPlace } };
    const other = { ...place(event), properties: { ...place(event).properties, id: 'caracas-2' } };
    const files = (otherEvent: string) =>
      new Map([
        ['manifest.json', JSON.stringify(manifest({ i18n: spanishManifest }, { i18n: spanishLayer }))],
        [
          'places.geojson',
          JSON.stringify({
            type: 'FeatureCollection',
            features: [
              place(event),
              {
                ...other,
                properties: {
                  ...other.properties,
                  i18n: { es: { ...spanishPlace, dates: [{ event: otherEvent }] } }
                }
              }
            ]
          })
        ]
      ]);
    expect(validateGeodata(files('Un mitin.')).problems).toEqual([]);
    expect(validateGeodata(files('Una concentración.')).problems.map(formatProblem)).toEqual([
      'places.geojson: feature "caracas-2" (features[1]) at features[1].properties.i18n.es.dates[0].event: translates the event also told on places.geojson features[0] differently; the merged timeline needs the same words'
    ]);
  });
});

describe('geodata/', () => {
  const files = new Map(
    readdirSync('geodata')
      .filter((name) => name === 'manifest.json' || name.endsWith('.geojson'))
      .map((name) => [name, readFileSync(`geodata/${name}`, 'utf8')])
  );

  it('has no malformed translation', () => {
    const problems = validateGeodata(files).problems.filter((problem) => problem.path.includes('i18n'));
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('is fully translated, and the rule is strict', () => {
    expect(TRANSLATIONS_REQUIRED).toBe(true);
    expect(validateGeodata(files).untranslated.map(formatProblem)).toEqual([]);
  });

  it('stops npm run validate when a feature loses its Spanish, naming file, feature and path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geodata-'));
    try {
      cpSync('geodata', dir, { recursive: true });
      const file = join(dir, 'miraflores.geojson');
      const layer = JSON.parse(readFileSync(file, 'utf8'));
      delete layer.features[0].properties.i18n.es.dates;
      writeFileSync(file, JSON.stringify(layer));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], {
        encoding: 'utf8'
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /^miraflores\.geojson: feature "miraflores" \(features\[0\]\) at features\[0\]\.properties\.i18n\.es\.dates: is missing \(7 entries, one per English dates entry\)$/m
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

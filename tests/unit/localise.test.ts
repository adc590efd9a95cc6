/**
 * localise.ts: the story in the reader's language, English-shaped, with English kept wherever a translation
 * is missing or malformed, and quotes keeping the speaker's own words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localiseCollection, localiseFeature, localiseManifest } from '../../src/data/localise';
import {
  PRECISIONS,
  STATUSES,
  type Manifest,
  type SituationCollection,
  type SituationProperties
} from '../../src/data/schema';

const source = { title: 'A report', publisher: 'A paper', date: '2025-11-30' };

function feature(extra: Partial<SituationProperties> = {}): SituationProperties {
  return {
    id: 'miraflores',
    name: 'Miraflores Palace',
    summary: 'The president’s office.',
    status: 'confirmed',
    precision: 'exact',
    since: '2025-08-01',
    dates: [
      { date: '2025-11-21', event: 'A phone call.' },
      { date: '2025-11-30', event: 'The call confirmed.' }
    ],
    sources: [source],
    geometrySource: 'Wikipedia coordinates',
    quotes: [
      {
        text: 'We want peace.',
        speaker: 'Nicolás Maduro',
        context: 'at a rally',
        status: 'reported',
        source
      },
      { text: 'Yes.', speaker: 'Donald Trump', status: 'reported', source }
    ],
    i18n: {
      es: {
        name: 'Palacio de Miraflores',
        summary: 'El despacho del presidente.',
        geometrySource: 'Coordenadas de Wikipedia',
        dates: [{ event: 'Una llamada telefónica.' }, { event: 'La llamada, confirmada.' }],
        quotes: [
          {
            translation: 'Queremos paz.',
            speaker: 'Nicolás Maduro, presidente',
            context: 'en un mitin',
            note: 'Sin la frase original.'
          },
          { translation: 'Sí.' }
        ]
      }
    },
    ...extra
  };
}

describe('localiseFeature', () => {
  it('swaps in the Spanish text and keeps everything else', () => {
    const es = localiseFeature(feature(), 'es');
    expect(es.name).toBe('Palacio de Miraflores');
    expect(es.summary).toBe('El despacho del presidente.');
    expect(es.geometrySource).toBe('Coordenadas de Wikipedia');
    expect(es.dates).toEqual([
      { date: '2025-11-21', event: 'Una llamada telefónica.' },
      { date: '2025-11-30', event: 'La llamada, confirmada.' }
    ]);
    expect(es.id).toBe('miraflores');
    expect(es.status).toBe('confirmed');
    expect(es.sources).toEqual([source]);
    expect(es).not.toHaveProperty('i18n');
  });

  it('keeps a quote’s own words and adds the translation, marked with its note', () => {
    const [maduro, trump] = localiseFeature(feature(), 'es').quotes ?? [];
    expect(maduro).toMatchObject({
      text: 'We want peace.',
      speaker: 'Nicolás Maduro, presidente',
      context: 'en un mitin',
      translation: 'Queremos paz.',
      translationNote: 'Sin la frase original.'
    });
    expect(trump).toMatchObject({ text: 'Yes.', speaker: 'Donald Trump', translation: 'Sí.' });
    expect(trump).not.toHaveProperty('translationNote');
    expect(trump).not.toHaveProperty('context');
  });

  it('adds no translation to a quote already in the reader’s language', () => {
    const quotes = [
      {
        text: 'Paz.',
        speaker: 'Vladimir Padrino López',
        context: 'at a rally',
        status: 'reported' as const,
        source
      }
    ];
    const es = localiseFeature(
      feature({
        quotes,
        i18n: {
          es: {
            name: 'Caracas',
            summary: 'La capital.',
            geometrySource: 'GeoNames',
            quotes: [{ sameLanguage: true, context: 'en un mitin' }]
          }
        }
      }),
      'es'
    );
    expect(es.quotes?.[0]).toEqual({ ...quotes[0], context: 'en un mitin' });

    // Its English translation (kept in geodata/ for English readers) is not shown to Spanish readers either.
    const withEnglish = [{ ...quotes[0]!, translation: 'Peace.' }];
    const translated = { name: 'C', summary: 'S.', geometrySource: 'G' };
    const es2 = localiseFeature(
      feature({ quotes: withEnglish, i18n: { es: { ...translated, quotes: [{ sameLanguage: true }] } } }),
      'es'
    );
    expect(es2.quotes?.[0]?.translation).toBeUndefined();
    expect(localiseFeature(feature({ quotes: withEnglish }), 'en').quotes?.[0]?.translation).toBe('Peace.');
  });

  it('returns English untouched for "en"', () => {
    const properties = feature();
    expect(localiseFeature(properties, 'en')).toBe(properties);
  });

  it('does not change its input', () => {
    const properties = feature();
    const before = structuredClone(properties);
    localiseFeature(properties, 'es');
    expect(properties).toEqual(before);
  });

  it('falls back to English, field by field, when a translation is missing', () => {
    const es = localiseFeature(feature({ i18n: { es: { name: 'Palacio' } as never } }), 'es');
    expect(es.name).toBe('Palacio');
    expect(es.summary).toBe('The president’s office.');
    expect(es.dates.map((entry) => entry.event)).toEqual(['A phone call.', 'The call confirmed.']);
    expect(es.quotes?.[0]).not.toHaveProperty('translation');
    expect(localiseFeature(feature({ i18n: undefined }), 'es').name).toBe('Miraflores Palace');
  });

  it('never misaligns: arrays of the wrong length, junk and empty strings are ignored', () => {
    const junk = {
      es: {
        name: '',
        summary: 42,
        geometrySource: null,
        dates: [{ event: 'Solo una.' }],
        quotes: 'no'
      }
    } as never;
    const es = localiseFeature(feature({ i18n: junk }), 'es');
    expect(es.name).toBe('Miraflores Palace');
    expect(es.summary).toBe('The president’s office.');
    expect(es.geometrySource).toBe('Wikipedia coordinates');
    expect(es.dates[0]?.event).toBe('A phone call.');
    expect(es.quotes?.[0]?.translation).toBeUndefined();
    expect(localiseFeature(feature({ i18n: 'nope' as never }), 'es').name).toBe('Miraflores Palace');
  });
});

describe('localiseCollection', () => {
  it('localises every feature and shares the geometries', () => {
    const geometry = { type: 'Point' as const, coordinates: [-66.9, 10.5] };
    const collection: SituationCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry, properties: feature() }]
    };
    const es = localiseCollection(collection, 'es');
    expect(es.features[0]?.properties.name).toBe('Palacio de Miraflores');
    expect(es.features[0]?.geometry).toBe(geometry);
    expect(collection.features[0]?.properties.name).toBe('Miraflores Palace');
    expect(localiseCollection(collection, 'en')).toBe(collection);
  });
});

describe('localiseManifest', () => {
  const manifest = {
    title: 'Caribbean situation map',
    subtitle: 'As of 1 December 2025',
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
        style: { color: '#555' },
        attribution: 'GeoNames, CC BY 4.0',
        visible: true,
        i18n: { es: { title: 'Lugares', description: 'Ciudades.' } }
      }
    ],
    glossary: [{ term: 'FIR', explanation: 'Flight information region.' }],
    i18n: {
      es: {
        title: 'Mapa de la situación en el Caribe',
        subtitle: 'Al 1 de diciembre de 2025',
        glossary: [{ term: 'FIR', explanation: 'Región de información de vuelo.' }]
      }
    }
  } satisfies Manifest & { glossary: unknown[] };

  it('swaps the title, subtitle, layer texts and glossary, keeping untranslated fields English', () => {
    const es = localiseManifest(manifest, 'es');
    expect(es.title).toBe('Mapa de la situación en el Caribe');
    expect(es.subtitle).toBe('Al 1 de diciembre de 2025');
    expect(es.layers[0]).toMatchObject({ id: 'places', title: 'Lugares', description: 'Ciudades.' });
    expect(es.layers[0]?.attribution).toBe('GeoNames, CC BY 4.0');
    expect(es.glossary).toEqual([{ term: 'FIR', explanation: 'Región de información de vuelo.' }]);
    expect(es).not.toHaveProperty('i18n');
    expect(es.layers[0]).not.toHaveProperty('i18n');
    expect(manifest.layers[0]?.title).toBe('Places');
    expect(localiseManifest(manifest, 'en')).toBe(manifest);
  });

  it('keeps the English glossary when the Spanish one does not mirror it', () => {
    const es = localiseManifest({ ...manifest, i18n: { es: { ...manifest.i18n.es, glossary: [] } } }, 'es');
    expect(es.glossary).toEqual(manifest.glossary);
  });
});

describe('the certainty words in Spanish', () => {
  // The interface's words live once, in messages/*.json (src/i18n/certainty.ts reads them there).
  const es = JSON.parse(readFileSync(new URL('../../messages/es.json', import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
  it('give every status and precision a Spanish label and explanation that starts with it', () => {
    for (const status of STATUSES) {
      const label = es[`status_${status}`]!;
      expect(label, status).not.toBe(status);
      expect(es[`status_${status}_explained`]!.toLowerCase().startsWith(`${label}:`), status).toBe(true);
    }
    for (const precision of PRECISIONS) {
      expect(es[`precision_${precision}`], precision).not.toMatch(/place|drawing/);
      expect(es[`precision_${precision}_explained`], precision).toMatch(/^[A-ZÁÉÍÓÚ][^:]+: /);
    }
  });
});

describe('a built layer file holds one language (scripts/vite/situation-files.ts)', () => {
  const layer = JSON.parse(readFileSync('geodata/miraflores.geojson', 'utf8')) as SituationCollection;

  it('English and Spanish files: the same features and geometries, each language’s text, no translations', async () => {
    const { oneLanguage } = await import('../../scripts/vite/situation-files');
    const english = oneLanguage(layer, 'en');
    const spanish = oneLanguage(layer, 'es');
    expect(JSON.stringify(layer)).toContain('"i18n"');
    for (const file of [english, spanish]) {
      expect(JSON.stringify(file)).not.toContain('"i18n"');
      expect(file.features.map((f) => f.properties.id)).toEqual(layer.features.map((f) => f.properties.id));
      expect(file.features.map((f) => f.geometry)).toEqual(layer.features.map((f) => f.geometry));
    }
    expect(english.features[0]!.properties.name).toBe('Miraflores Palace');
    expect(spanish.features[0]!.properties.name).toBe('Palacio de Miraflores');
    // Localising a built file again changes nothing: the page does so on the dev server's raw files only.
    expect(localiseCollection(spanish, 'es')).toEqual(spanish);
  });
});

/**
 * The same faulty file gives its problems, repair notes and limits in the reader's language: the page
 * passes its locale to the worker, which passes it to every check (src/import/*).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/data/schema';
import { IMPORT_LIMITS, sizeProblem } from '../../src/import/limits';
import { listProblems } from '../../src/import/messages';
import { importText, importValue } from '../../src/import/pipeline';
import { checkStoredEntry, parseStoredData } from '../../src/import/stored';

const options = (locale: Locale) => ({ fileName: 'f.geojson', firstNumber: 1, takenIds: [], locale });
const feature = (geometry: unknown, id?: string) => ({
  type: 'Feature',
  properties: id === undefined ? {} : { id },
  geometry
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const point = (coordinates: unknown) => ({ type: 'Point', coordinates });
const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });

/** The messages of a refused import, or the notes of an accepted one. */
function say(value: unknown, locale: Locale, extra = {}): string[] {
  const result = importValue(value, { ...options(locale), ...extra });
  return result.ok ? result.notes : result.messages;
}

describe('import messages in the reader’s language', () => {
  it('a bad position: the place in the file stays, the words around it translate', () => {
    const file = collection(feature(point([-66.9, '10.5']), 'caracas'), feature(point([-66.9, 10.5])));
    expect(say(file, 'en')).toEqual([
      'f.geojson: at features[0].geometry.coordinates[1] (feature "caracas"): must be a number, got the string "10.5"',
      'f.geojson: the other feature can be imported without this one.'
    ]);
    expect(say(file, 'es')).toEqual([
      'f.geojson: en features[0].geometry.coordinates[1] (elemento "caracas"): debe ser un número; se encontró el texto "10.5"',
      'f.geojson: el otro elemento se puede importar sin este.'
    ]);
  });

  it('an unclosed ring, said once with how many more like it', () => {
    const open = polygon([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1]
    ]);
    const file = collection(
      feature({ type: 'MultiPolygon', coordinates: [open.coordinates, open.coordinates] })
    );
    const at = 'f.geojson: at features[0].geometry.coordinates[0][0]';
    expect(say(file, 'en')).toEqual([
      `${at}: ring is not closed: the first and last positions must be equal (and 1 more like it)`
    ]);
    expect(say(file, 'es')).toEqual([
      'f.geojson: en features[0].geometry.coordinates[0][0]: el anillo no está cerrado: la primera y la última posición deben ser iguales (y 1 más como este)'
    ]);
  });

  it('a repair note, with its count in the reader’s number format', () => {
    const clockwise = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0]
    ];
    const many = collection(...Array.from({ length: 1200 }, () => feature(polygon(clockwise))));
    expect(say(many, 'en')).toEqual([
      'f.geojson: 1,200 rings rewound to RFC 7946 order (outer rings counter-clockwise, holes clockwise).'
    ]);
    expect(say(many, 'es')).toEqual([
      'f.geojson: se reorientaron 1200 anillos al orden de RFC 7946 (anillos exteriores en sentido antihorario, huecos en sentido horario).'
    ]);
    const one = collection(feature(polygon(clockwise)));
    expect(say(one, 'es')).toEqual([
      'f.geojson: se reorientó 1 anillo al orden de RFC 7946 (anillos exteriores en sentido antihorario, huecos en sentido horario).'
    ]);
  });

  it('the limits, with sizes and counts in the reader’s number format', () => {
    const bytes = 51.2 * 1024 * 1024;
    expect(sizeProblem(bytes, IMPORT_LIMITS, 'en')).toBe(
      'is 51 MB; files over 50 MB are refused so that the page stays responsive'
    );
    expect(sizeProblem(bytes, IMPORT_LIMITS, 'es')).toBe(
      'pesa 51 MB; los archivos de más de 50 MB se rechazan para que la página siga respondiendo'
    );
    expect(sizeProblem(bytes, { ...IMPORT_LIMITS, maxBytes: 5.5 * 1024 * 1024 }, 'es')).toMatch(
      /de más de 5,5 MB se rechazan/
    );
    const three = collection(feature(point([0, 0])), feature(point([1, 1])), feature(point([2, 2])));
    const limits = { ...IMPORT_LIMITS, maxCoordinates: 2 };
    expect(say(three, 'es', { limits })).toEqual([
      'f.geojson: tiene más de 2 coordenadas; simplifíquelo (por ejemplo, con mapshaper) e impórtelo de nuevo'
    ]);
    const deep = '['.repeat(70) + ']'.repeat(70);
    const refused = importText(deep, options('es'));
    expect(refused.ok ? [] : refused.messages).toEqual([
      'f.geojson: tiene más de 64 niveles de anidación (en el carácter 65); un GeoJSON nunca necesita tantos'
    ]);
  });

  it('the "and N more" line, and "at least" when counting stopped', () => {
    const problems = Array.from({ length: 1021 }, (_, i) => ({
      file: 'f',
      path: `features[${i}]`,
      message: 'x'
    }));
    const last = (locale: Locale, atLeast = false, list = problems) =>
      listProblems(list, 'collection', atLeast, locale).at(-1);
    expect(last('en')).toBe('…and 1,001 more problems');
    expect(last('es')).toBe('…y 1001 problemas más');
    expect(last('es', false, problems.slice(0, 21))).toBe('…y 1 problema más');
    expect(last('es', true, problems.slice(0, 20))).toBe('…y al menos 0 problemas más');
    expect(listProblems(problems.slice(0, 1), 'collection', false, 'es')).toEqual(['f: en features[0]: x']);
    expect(listProblems([{ file: 'f', path: '', message: 'x' }], 'collection', false, 'es')).toEqual([
      'f: en el nivel superior: x'
    ]);
  });

  it('files that are not JSON or not GeoJSON', () => {
    const cut = importText('{"type": "Feature",\n  "geometry": ', options('es'));
    expect(cut.ok ? [] : cut.messages).toEqual([
      'f.geojson: no es JSON válido: el archivo se termina antes de tiempo (línea 2, columna 15)'
    ]);
    expect(say({ type: 'Topology' }, 'es')).toEqual([
      'f.geojson: en type: "Topology" no es un tipo de GeoJSON (TopoJSON: conviértalo primero a GeoJSON); se esperaba una FeatureCollection, una Feature o una geometría (Point, LineString, Polygon, …)'
    ]);
    expect(say({ type: 'polygon', coordinates: [] }, 'es')[0]).toContain(
      '¿quiso decir "Polygon"? (en los nombres de tipo importan las mayúsculas)'
    );
  });

  it('a partial import’s note lists what was left out', () => {
    const file = collection(feature(point([0, 95])), feature(point([0, 96])), feature(point([1, 1])));
    expect(say(file, 'es', { skipInvalid: true })).toEqual([
      'f.geojson: se dejaron fuera 2 elementos por estos errores:',
      'f.geojson: en features[0].geometry.coordinates[1]: la latitud 95 está fuera de rango (−90 a 90)',
      'f.geojson: en features[1].geometry.coordinates[1]: la latitud 96 está fuera de rango (−90 a 90)'
    ]);
  });

  it('a stored layer that cannot be read says why in the reader’s language', () => {
    expect(checkStoredEntry(null, 'es')).toMatchObject({ problem: 'el registro es null' });
    expect(checkStoredEntry({ id: 'a' }, 'es')).toMatchObject({
      problem: 'falta su descripción (título, color, tipo)'
    });
    expect(parseStoredData('{"type":"FeatureCollection","features":[{"type":"Feature"}]}', 'es')).toEqual({
      problem:
        'sus datos están dañados (features[0]: falta el miembro "properties", que es obligatorio (null o {} si no hay ninguna))'
    });
    expect(parseStoredData('[]', 'en')).toEqual({ problem: 'its data is not a FeatureCollection' });
  });
});

describe('the words an import writes into its layers', () => {
  it('titles, descriptions, credit and made-up names in the reader’s language', () => {
    const square = polygon([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0]
    ]);
    const file = collection(feature(square), feature(point([1, 1])), feature(point([2, 2])));
    const layersIn = (locale: Locale) => {
      const result = importValue(file, options(locale));
      if (!result.ok) throw new Error(result.messages.join('\n'));
      return result.layers.map(({ entry, data }) => ({
        title: entry.title,
        description: entry.description,
        attribution: entry.attribution,
        name: data.features[0]!.properties!['name']
      }));
    };
    const f = 'f.geojson';
    expect(layersIn('es')).toEqual([
      {
        title: `${f} (áreas)`,
        description: '1 área de un archivo que usted importó.',
        attribution: `Importado por usted: ${f}`,
        name: 'Elemento 1'
      },
      {
        title: `${f} (puntos)`,
        description: '2 puntos de un archivo que usted importó.',
        attribution: `Importado por usted: ${f}`,
        name: 'Elemento 2'
      }
    ]);
    expect(layersIn('en')[1]).toEqual({
      title: `${f} (points)`,
      description: '2 points from a file you imported.',
      attribution: `Imported by you: ${f}`,
      name: 'Feature 2'
    });
  });
});

describe('no English is left in the Spanish messages', () => {
  // Words of the English messages that Spanish never uses; file names and quoted values are taken out first.
  const ENGLISH =
    /\b(at|the|must|got|is|are|and|more|of|or|required|feature|features|without|left|out|ring|rings|position|positions)\b/i;
  const dir = new URL('../fixtures/import/', import.meta.url);
  it.each(['many-problems', 'one-bad-feature-among-good', 'single-feature-missing-properties', 'topojson'])(
    '%s',
    (name) => {
      const text = readFileSync(new URL(`${name}.expected.es.txt`, dir), 'utf8');
      for (const line of text.trim().split('\n')) {
        const words = line
          .replace(/^[\w.-]+\.(geo)?json: /, '')
          .replace(/"[^"]*"/g, '""')
          .replace(/\b(?:features|geometry|coordinates|type|properties)\b(?:\[\d+\]|\.)*/g, '')
          .replace(/\b(?:FeatureCollection|Feature|Point|LineString|Polygon)\b/g, '');
        expect(words, line).not.toMatch(ENGLISH);
      }
    }
  );
});

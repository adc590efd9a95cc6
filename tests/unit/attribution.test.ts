/** Credits reach MapLibre's HTML attribution box as text: escaped and isolated. */
import { describe, expect, it } from 'vitest';
import { splitIntoLayers } from '../../src/import/prepare';
import { attributionHtml, isolateBidi } from '../../src/map/attribution';

describe('attribution', () => {
  it('escapes markup, so a file name cannot put a link among the credits', () => {
    const name = '<a href=https:evil.example title=Reuters>Reuters, CC BY 4.0.geojson';
    expect(attributionHtml(`Imported by you: ${name}`)).toBe(
      '<bdi>Imported by you: &lt;a href=https:evil.example title=Reuters&gt;Reuters, CC BY 4.0.geojson</bdi>'
    );
  });
  it('isolates a name with a right-to-left override; leaves plain names alone', () => {
    expect(isolateBidi('evil\u202Egnp.geojson')).toBe('\u2068evil\u202Egnp.geojson\u2069');
    expect(isolateBidi('خريطة.geojson')).toBe('\u2068خريطة.geojson\u2069');
    expect(isolateBidi('places.geojson')).toBe('places.geojson');
    const feature = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [1, 2] }
    };
    const { layers } = splitIntoLayers([feature], {
      fileName: 'a\u202Eb.json',
      firstNumber: 1,
      takenIds: []
    });
    expect(layers[0]!.entry.attribution).toBe('Imported by you: \u2068a\u202Eb.json\u2069');
  });
});

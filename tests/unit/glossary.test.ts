import { describe, expect, it } from 'vitest';
import manifest from '../../geodata/manifest.json';
import { readGlossary, splitTerms, termsIn } from '../../src/ui/glossary';

const glossary = [
  { term: 'FIR', explanation: 'Flight information region.' },
  { term: 'NM', explanation: 'Nautical miles.' },
  { term: 'NOTAM', explanation: 'Notice to air missions.' }
];

describe('the glossary', () => {
  it('explains the jargon the story uses: FIR, NOTAM, NM and GNSS are in the manifest', () => {
    const terms = readGlossary(manifest.glossary).map((entry) => entry.term);
    expect(terms).toEqual(expect.arrayContaining(['FIR', 'NOTAM', 'NM', 'GNSS']));
  });

  it('skips entries that are not a term with an explanation', () => {
    expect(readGlossary([{ term: 'FIR' }, null, 'x', { term: ' ', explanation: 'y' }, glossary[0]])).toEqual([
      glossary[0]
    ]);
    expect(readGlossary(undefined)).toEqual([]);
  });

  it('finds whole words only, in glossary order', () => {
    expect(termsIn(['The Maiquetía FIR, per a NOTAM'], glossary).map((e) => e.term)).toEqual([
      'FIR',
      'NOTAM'
    ]);
    expect(termsIn(['FIRST of the NMEA, FIRs'], glossary)).toEqual([]);
    expect(termsIn(['within 50 NM.'], glossary).map((e) => e.term)).toEqual(['NM']);
  });

  it('cuts a text into pieces that mark each term and join back to the text', () => {
    const text = 'Maiquetía FIR (NOTAM A0012), 50 NM';
    const pieces = splitTerms(text, glossary);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.explanation).map((p) => p.text)).toEqual(['FIR', 'NOTAM', 'NM']);
    expect(splitTerms('', glossary)).toEqual([{ text: '' }]);
    expect(splitTerms('no jargon', [])).toEqual([{ text: 'no jargon' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/ui/excerpt';

describe('excerpt', () => {
  it('is the first sentence when it is short', () => {
    expect(excerpt('The palace is in Caracas. It is the seat of government.')).toBe(
      'The palace is in Caracas.'
    );
  });
  it('does not end a sentence at an abbreviation followed by a small letter', () => {
    expect(excerpt('U.S. ships were seen. Later more came.')).toBe('U.S. ships were seen.');
    expect(excerpt('Ships came, e.g. destroyers. More came.')).toBe('Ships came, e.g. destroyers.');
    expect(excerpt('It berthed at the Ann E. Abramson pier. Then it left.')).toBe(
      'It berthed at the Ann E. Abramson pier.'
    );
    expect(excerpt('The U.S. Navy came. Then it left.')).toBe('The U.S. Navy came.');
  });
  it('cuts a long sentence at a word, within the limit, and marks the cut', () => {
    const long = `${'word '.repeat(60)}end.`;
    const short = excerpt(long, 120);
    expect(short.length).toBeLessThanOrEqual(121);
    expect(short.endsWith('word…')).toBe(true);
  });
  it('gives nothing for a missing or non-text summary', () => {
    expect(excerpt(undefined)).toBe('');
    expect(excerpt(42)).toBe('');
    expect(excerpt({ text: 'x' })).toBe('');
  });
});

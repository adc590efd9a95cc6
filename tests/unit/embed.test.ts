import { describe, expect, it } from 'vitest';
import { fullMapHref, isEmbed } from '../../src/state/embed';

describe('isEmbed', () => {
  it('is on for ?embed with no value or a true-ish one, beside other parameters', () => {
    expect(isEmbed('?embed')).toBe(true);
    expect(isEmbed('?embed=')).toBe(true);
    expect(isEmbed('?embed=1')).toBe(true);
    expect(isEmbed('?lang=es&embed')).toBe(true);
    expect(isEmbed('embed=true')).toBe(true);
  });
  it('is off without the parameter, or when it says no', () => {
    expect(isEmbed('')).toBe(false);
    expect(isEmbed('?lang=es')).toBe(false);
    expect(isEmbed('?embedded=1')).toBe(false);
    expect(isEmbed('?embed=0')).toBe(false);
    expect(isEmbed('?embed=FALSE')).toBe(false);
  });
});

describe('fullMapHref', () => {
  it('keeps the path, the other parameters and the hash, and drops embed', () => {
    expect(fullMapHref({ pathname: '/', search: '?embed' }, '#map=6/10/-66&feature=miraflores')).toBe(
      '/#map=6/10/-66&feature=miraflores'
    );
    expect(fullMapHref({ pathname: '/map/', search: '?embed&lang=es' }, '#layers=a')).toBe(
      '/map/?lang=es#layers=a'
    );
  });
  it('accepts a hash without its #, and no hash at all', () => {
    expect(fullMapHref({ pathname: '/', search: '?embed=1' }, 'date=2025-09-01')).toBe('/#date=2025-09-01');
    expect(fullMapHref({ pathname: '/', search: '?embed' }, '')).toBe('/');
  });
});

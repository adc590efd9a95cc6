import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/format';

describe('formatDate', () => {
  it('says a day, a month or a year as people write them, in UTC', () => {
    expect(formatDate('2025-11-21')).toBe('21 Nov 2025');
    expect(formatDate('2025-12-01')).toBe('1 Dec 2025');
    expect(formatDate('2018-02')).toBe('Feb 2018');
    expect(formatDate('2025')).toBe('2025');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDay, plainSubtitle } from '../../src/ui/format';

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

describe('formatDay', () => {
  const eventDates = ['2018-02', '2025-08-14', '2025-11', '2025-11-30', '2025'];

  it('shows a day that stands for a month-only date as that month, never as its first day', () => {
    expect(formatDay('2018-02-01', eventDates)).toBe('Feb 2018');
    expect(formatDay('2018-02-28', eventDates)).toBe('end of Feb 2018');
    expect(formatDay('2018-02-01', eventDates)).not.toMatch(/^1 /);
  });

  it('shows a day an event names exactly as the day, even when it also ends a month', () => {
    expect(formatDay('2025-08-14', eventDates)).toBe('14 Aug 2025');
    expect(formatDay('2025-11-30', eventDates)).toBe('30 Nov 2025');
    expect(formatDay('2025-11-01', eventDates)).toBe('Nov 2025');
  });

  it('shows any other day as a day', () => {
    expect(formatDay('2025-12-01', eventDates)).toBe('1 Dec 2025');
    expect(formatDay('2025-12-01')).toBe('1 Dec 2025');
  });
});

describe('plainSubtitle', () => {
  it('drops a trailing "as of" date, which the masthead shows for the chosen day', () => {
    expect(plainSubtitle('The US–Venezuela standoff, as of 1 December 2025')).toBe(
      'The US–Venezuela standoff'
    );
    expect(plainSubtitle('A standoff')).toBe('A standoff');
  });
});

describe('dates and counts in Spanish', () => {
  it('writes days, months and the end of a month as Spanish readers do', () => {
    expect(formatDate('2025-12-01', 'es')).toBe('1 dic 2025');
    expect(formatDate('2018-02', 'es')).toMatch(/^feb 2018$/);
    expect(formatDay('2018-02-28', ['2018-02'], 'es')).toBe('finales de feb 2018');
  });

  it('groups thousands with the locale’s separator', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'es')).toBe('12.345');
  });

  it('the masthead drops the Spanish subtitle’s trailing date too', () => {
    expect(plainSubtitle('La tensión entre Estados Unidos y Venezuela, al 1 de diciembre de 2025')).toBe(
      'La tensión entre Estados Unidos y Venezuela'
    );
  });
});

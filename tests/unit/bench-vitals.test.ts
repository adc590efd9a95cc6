import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, shiftsByElement, type LayoutShift } from '../../scripts/bench/vitals';

const shift = (startTime: number, value: number, hadRecentInput = false): LayoutShift => ({
  startTime,
  value,
  hadRecentInput
});

describe('cumulative layout shift', () => {
  it('is 0 when nothing moved', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('adds shifts less than a second apart into one session window', () => {
    expect(cumulativeLayoutShift([shift(100, 0.05), shift(900, 0.03), shift(1800, 0.02)])).toBeCloseTo(0.1);
  });

  it('takes the largest window, not the sum of all: a gap over a second starts a new one', () => {
    const shifts = [shift(100, 0.05), shift(400, 0.04), shift(2000, 0.06), shift(2500, 0.01)];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.09);
    // Order of arrival does not matter.
    expect(cumulativeLayoutShift([...shifts].reverse())).toBeCloseTo(0.09);
  });

  it('closes a window 5 s after its first shift, however close the shifts', () => {
    const steady = Array.from({ length: 12 }, (_, i) => shift(i * 800, 0.01));
    // 0, 800, …, 4800 (7 shifts) in the first window; 5600 … 8800 (5) in the next.
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.07);
  });

  it('leaves out shifts right after the reader’s own input', () => {
    expect(cumulativeLayoutShift([shift(100, 0.01), shift(300, 0.5, true)])).toBeCloseTo(0.01);
  });
});

describe('what moved', () => {
  it('sums each element’s share of the shifts, largest first, leaving out shifts after input', () => {
    const shifts: LayoutShift[] = [
      { ...shift(100, 0.06), sources: ['div.maplibregl-ctrl-attrib', 'section.tools'] },
      { ...shift(300, 0.02), sources: ['section.tools'] },
      { ...shift(400, 0.01) },
      { ...shift(900, 0.4, true), sources: ['aside.panel'] }
    ];
    const moved = shiftsByElement(shifts);
    expect(moved.map((m) => m.element)).toEqual(['section.tools', 'div.maplibregl-ctrl-attrib', '(unknown)']);
    expect(moved[0]!.value).toBeCloseTo(0.05);
    expect(moved[1]!.value).toBeCloseTo(0.03);
    expect(shiftsByElement(shifts, 1)).toHaveLength(1);
  });
});

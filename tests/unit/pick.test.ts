import { describe, expect, it } from 'vitest';
import { pickMostSpecific } from '../../src/map/pick';

describe('choosing the feature a click means', () => {
  it('prefers a point inside an area, and offers the area too', () => {
    const result = pickMostSpecific([
      { id: 'closed-airspace', kind: 'fill', areaKm2: 1_200_000 },
      { id: 'miraflores', kind: 'point', areaKm2: 0 }
    ]);
    expect(result?.pick.id).toBe('miraflores');
    expect(result?.others.map((c) => c.id)).toEqual(['closed-airspace']);
  });

  it('prefers a line over an area and the smaller of two areas', () => {
    const result = pickMostSpecific([
      { id: 'big', kind: 'fill', areaKm2: 900 },
      { id: 'small', kind: 'fill', areaKm2: 20 },
      { id: 'road', kind: 'line', areaKm2: 0 }
    ]);
    expect(result?.pick.id).toBe('road');
    expect(result?.others.map((c) => c.id)).toEqual(['small', 'big']);
  });

  it('counts a feature drawn by two layers (fill and outline) once, and returns null for nothing', () => {
    const result = pickMostSpecific([
      { id: 'zone', kind: 'fill', areaKm2: 5 },
      { id: 'zone', kind: 'fill', areaKm2: 5 }
    ]);
    expect(result?.others).toEqual([]);
    expect(pickMostSpecific([])).toBeNull();
  });
});

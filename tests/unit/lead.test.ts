import { describe, expect, it } from 'vitest';
import { leadLine } from '../../src/ui/lead';

describe('the context panel’s lead line', () => {
  it('says what the feature is and how sure the story is, in plain words', () => {
    expect(leadLine('point', 'reported')).toMatch(/^A place — stated by a news outlet/);
    expect(leadLine('line', 'rumoured')).toMatch(/^A route — speculation/);
    expect(leadLine('fill', 'confirmed')).toMatch(/^An area — established/);
  });

  it('says so when the status is missing or unknown (imported data)', () => {
    expect(leadLine('point', undefined)).toBe('A place; how sure the story is of it is not said.');
    expect(leadLine('point', 'toString')).toBe('A place; how sure the story is of it is not said.');
  });
});

import { describe, expect, it } from 'vitest';
import { call, column, expectError } from './helpers';

/** What the reference says each function does with blank cells, held to it. */
describe('blank cells, function by function, as the reference says', () => {
  it('RAG, ATTAINMENT and PACE: a blank required value gives a blank; a blank option its default', () => {
    expect(call('RAG', column(null, 95), column(100, ''))).toEqual([[''], ['']]);
    expect(call('ATTAINMENT', '', 100)).toBe('');
    expect(call('PACE', 1, 1, '')).toBe('');
    expect(call('RAG', 95, 100, null, null, null)).toBe('Amber');
  });

  it('HITRATE ignores blanks; SCORE leaves out pairs with a blank', () => {
    expect(call('HITRATE', column(1, null), column(2, 2))).toBe(0.25);
    expect(call('SCORE', column(1, null), column(null, 1))).toBe('');
  });

  it('BASELINE skips blanks and gives #N/A on nothing but blanks', () => {
    expect(call('BASELINE', column(1, null, 3))).toBe(2);
    expectError(call('BASELINE', column(null, '')), '#N/A');
  });

  it('ROLLING keeps a blank in its place and stays blank until it has periods values', () => {
    expect(call('ROLLING', column(2, null, 4, 6), 2)).toEqual([[''], [''], [3], [5]]);
  });

  it('YOY and TREND keep a blank\'s position', () => {
    expect(call('YOY', column(1, null, 2, 4), 2)).toEqual([[''], [''], [1], ['']]);
    // 1 at position 0 and 5 at position 2: 2 per period, not 4.
    expect(call('TREND', column(1, null, 5))).toBe(2);
    expectError(call('TREND', column(null, null)), '#N/A');
  });
});

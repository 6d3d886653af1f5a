import { describe, expect, it } from 'vitest';
import { call, column, expectError, row } from './helpers';

describe('KPI.HITRATE', () => {
  it('divides successes by attempts', () => {
    expect(call('HITRATE', 5, 20)).toBe(0.25);
  });

  it('sums ranges of any shape and ignores blanks', () => {
    expect(call('HITRATE', row(1, null, 2), column(4, '', 8))).toBe(0.25);
  });

  it('is blank when both are wholly blank', () => {
    expect(call('HITRATE', column(null, ''), column(null))).toBe('');
  });

  it('is #DIV/0! when attempts add up to 0', () => {
    expectError(call('HITRATE', 0, 0), '#DIV/0!');
    expectError(call('HITRATE', 3, column(null)), '#DIV/0!');
  });

  it('is #NUM! for a negative count', () => {
    expectError(call('HITRATE', -1, 10), '#NUM!', 'successes');
    expectError(call('HITRATE', 1, column(10, -2)), '#NUM!', 'attempts');
  });

  it('is #NUM! when successes exceed attempts', () => {
    expectError(call('HITRATE', 11, 10), '#NUM!', 'exceed');
  });

  it('is 1, never more, where successes equal attempts up to rounding', () => {
    expect(call('HITRATE', column(0.1, 0.2), 0.3)).toBe(1);
    // Tiny attempts: the ratio itself would overflow to Infinity.
    expect(call('HITRATE', 8.881784197001252e-16, 5e-324)).toBe(1);
  });

  it('rejects text with its position', () => {
    expectError(call('HITRATE', column(1, 'two'), 10), '#VALUE!', 'successes (row 2, column 1)');
  });
});

import { describe, expect, it } from 'vitest';
import { call, column, expectError, row } from './helpers';

/** A baseline recomputed from scratch at every position: the definition ROLLING must agree with. */
function naiveRolling(values: (number | null)[], periods: number, median = false): (number | string)[] {
  return values.map((value, i) => {
    if (value === null) return '';
    const usable = values.slice(0, i + 1).filter((v): v is number => v !== null).slice(-periods);
    if (usable.length < periods) return '';
    if (!median) return usable.reduce((a, b) => a + b, 0) / usable.length;
    const sorted = [...usable].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  });
}

describe('KPI.ROLLING', () => {
  it('returns the shape of values', () => {
    expect(call('ROLLING', column(1, 2, 3), 2)).toEqual([[''], [1.5], [2.5]]);
    expect(call('ROLLING', row(1, 2, 3), 2)).toEqual([['', 1.5, 2.5]]);
  });

  it('is blank while fewer than periods usable values exist', () => {
    expect(call('ROLLING', column(1, 2, 3, 4), 3)).toEqual([[''], [''], [2], [3]]);
  });

  it('is blank where the value is blank, and skips it in the window', () => {
    expect(call('ROLLING', column(1, null, 3, 5), 2)).toEqual([[''], [''], [2], [4]]);
  });

  it('leaves one-off events out of the window but still answers at their row', () => {
    const result = call('ROLLING', column(10, 20, 900, 30), 2, 'mean', column(null, null, 'Campaign', null));
    expect(result).toEqual([[''], [15], [15], [25]]);
  });

  it('agrees with a from-scratch recomputation, mean and median', () => {
    const values = [5, null, 3, 8, 8, null, 1, 9, 2, 7, 7, 4, 6];
    for (const median of [false, true]) {
      const result = (call('ROLLING', column(...values), 4, median ? 'median' : 'mean') as unknown[][]).flat();
      const expected = naiveRolling(values, 4, median);
      result.forEach((cell, i) => {
        if (typeof expected[i] === 'number') expect(cell).toBeCloseTo(expected[i] as number, 10);
        else expect(cell).toBe('');
      });
    }
  });

  it('shows a bad cell as an error at its own row only', () => {
    const result = call('ROLLING', column(1, 'x', 3), 2) as unknown[][];
    expect(result[0][0]).toBe('');
    expectError(result[1][0], '#VALUE!', 'values (row 2, column 1)');
    expect(result[2][0]).toBe(2);
  });

  it('is a single value for a single cell', () => {
    expect(call('ROLLING', 5, 1)).toBe(5);
  });

  it('rejects periods below 1', () => {
    expectError(call('ROLLING', column(1, 2), 0), '#NUM!');
  });
});

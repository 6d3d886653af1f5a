import { describe, expect, it } from 'vitest';
import { call, column, expectError } from './helpers';

describe('KPI.YOY', () => {
  it('compares each period with the one periods_per_year before', () => {
    const result = call('YOY', column(100, 200, 110, 150), 2) as number[][];
    expect(result[0][0]).toBe('');
    expect(result[1][0]).toBe('');
    expect(result[2][0]).toBeCloseTo(0.1, 12);
    expect(result[3][0]).toBeCloseTo(-0.25, 12);
  });

  it('uses 12 periods per year by default', () => {
    const values = Array.from({ length: 13 }, (_, i) => (i === 12 ? 120 : 100));
    const result = (call('YOY', column(...values)) as unknown[][]).flat();
    expect(result.slice(0, 12).every((cell) => cell === '')).toBe(true);
    expect(result[12]).toBeCloseTo(0.2, 12);
  });

  it('is blank where this or last year is blank', () => {
    expect(call('YOY', column(1, null, 2, 3), 2)).toEqual([[''], [''], [1], ['']]);
  });

  it('is #DIV/0! where last year is 0, keeping the other periods', () => {
    const result = call('YOY', column(0, 5, 3, 10), 2) as unknown[][];
    expectError(result[2][0], '#DIV/0!');
    expect(result[3][0]).toBe(1);
  });

  it('measures change against |last year| for negative values', () => {
    expect((call('YOY', column(-100, -50), 1) as number[][])[1][0]).toBeCloseTo(0.5, 12);
  });

  it('rejects periods_per_year below 1', () => {
    expectError(call('YOY', column(1, 2), 0), '#NUM!', 'periods_per_year');
  });
});

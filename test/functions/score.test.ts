import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../shared/errors';
import { call, column, expectError } from './helpers';

describe('KPI.SCORE', () => {
  it('is the weighted mean of the attainments; weights need not add up to 1', () => {
    expect(call('SCORE', column(1.2, 0.8), column(1, 1))).toBe(1);
    expect(call('SCORE', column(1, 0.5), column(60, 40))).toBeCloseTo(0.8, 12);
    expect(call('SCORE', 0.9, 2)).toBe(0.9);
  });

  it('floors each attainment at 0 and caps it at cap', () => {
    expect(call('SCORE', column(-1, 1), column(1, 1))).toBe(0.5);
    expect(call('SCORE', column(2, 0.5), column(1, 1), 1)).toBe(0.75);
    expect(call('SCORE', column(2, 0.5), column(1, 1), 0)).toBe(0);
  });

  it('leaves out pairs with a blank cell; nothing left is blank', () => {
    expect(call('SCORE', column(1, null, 0.5), column(1, 5, ''))).toBe(1);
    expect(call('SCORE', column(null, ''), column(1, 1))).toBe('');
  });

  it('gives the contract errors', () => {
    expectError(call('SCORE', column(1, 2), column(0, 0)), '#DIV/0!', 'weights');
    expectError(call('SCORE', column(1, 2), column(1, -1)), '#NUM!', 'weights (row 2, column 1): -1 is negative');
    expectError(call('SCORE', column(1, 2), column(1, 1), -0.5), '#NUM!', 'cap');
    expectError(call('SCORE', column(1, 'n/a'), column(1, 1)), '#VALUE!', 'attainments (row 2, column 1)');
    expectError(call('SCORE', column(1, 2), column(1, true)), '#VALUE!', 'weights (row 2, column 1): TRUE');
    expectError(call('SCORE', column(1, 2), [[1, 1]]), '#VALUE!', 'weights: a 1x2 range does not match the 2x1 range of attainments');
  });

  it('gives representable answers for huge weights and attainments', () => {
    expect(call('SCORE', column(1e308, 1e308), column(1e308, 1e308))).toBe(1e308);
    expect(call('SCORE', column(1, 3), column(1e308, 1e308))).toBe(2);
  });

  it('matches a straightforward reference', () => {
    const cell = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -5, max: 5 }), { nil: null });
    const weight = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 100 }), { nil: null });
    const pairs = fc.array(fc.tuple(cell, weight), { minLength: 1, maxLength: 30 });
    const cap = fc.option(fc.double({ noNaN: true, min: 0, max: 3 }), { nil: undefined });
    fc.assert(
      fc.property(pairs, cap, (list, limit) => {
        const result = call('SCORE', column(...list.map(([a]) => a)), column(...list.map(([, w]) => w)), limit);
        const kept = list.filter((pair): pair is [number, number] => pair[0] !== null && pair[1] !== null);
        if (kept.length === 0) {
          expect(result).toBe('');
          return;
        }
        const total = kept.reduce((sum, [, w]) => sum + w, 0);
        if (total === 0) {
          expectError(result, '#DIV/0!');
          return;
        }
        const capped = (a: number) => Math.min(Math.max(a, 0), limit ?? Infinity);
        const reference = kept.reduce((sum, [a, w]) => sum + w * capped(a), 0) / total;
        expect(isKpiError(result)).toBe(false);
        expect(Math.abs((result as number) - reference)).toBeLessThanOrEqual(1e-12 * Math.max(1, reference));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../shared/errors';
import { call, column, expectError } from './helpers';

describe('KPI.PACE', () => {
  it('is attainment against target × elapsed: the contract example', () => {
    expect(call('PACE', 400000, 1200000, 0.25)).toBeCloseTo(4 / 3, 12);
    expect(call('PACE', 300000, 1200000, 0.25)).toBe(1);
  });

  it('follows the direction, "target" included', () => {
    expect(call('PACE', 20, 100, 0.25, 'lower')).toBeCloseTo(1.2, 12);
    expect(call('PACE', 30, 100, 0.25, 'mål')).toBeCloseTo(0.8, 12);
    expect(call('PACE', 20, 100, 0.25, 'target')).toBeCloseTo(0.8, 12);
  });

  it('wants elapsed above 0 and at most 1 (#NUM!), a number (#VALUE!)', () => {
    expectError(call('PACE', 1, 1, 0), '#NUM!', 'elapsed: 0 must lie above 0');
    expectError(call('PACE', 1, 1, 1.5), '#NUM!', 'elapsed');
    expectError(call('PACE', 1, 1, -0.1), '#NUM!', 'elapsed');
    expectError(call('PACE', 1, 1, 'March'), '#VALUE!', 'elapsed: "March" is not a number');
    expect(call('PACE', 1, 1, 1)).toBe(1);
  });

  it('gives #DIV/0! when the expected value is 0', () => {
    expectError(call('PACE', 5, 0, 0.5), '#DIV/0!');
  });

  it('is blank where actual or target is blank, and spills over ranges', () => {
    expect(call('PACE', '', 100, 0.5)).toBe('');
    expect(call('PACE', 10, null, 0.5)).toBe('');
    expect(call('PACE', column(50, null, 'x', 60), 100, column(0.5, 0.5, 0.5, 0.5))).toEqual([
      [1], [''], [expect.objectContaining({ code: '#VALUE!' })], [expect.closeTo(1.2, 12)],
    ]);
  });

  it('matches a straightforward reference on any finite numbers', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
    const elapsed = fc.double({ noNaN: true, min: 1e-6, max: 1 });
    const direction = fc.constantFrom('higher', 'lower', 'target', 'højere', 'lavere', 'mål');
    const meaning: Record<string, string> = { højere: 'higher', lavere: 'lower', mål: 'target' };
    fc.assert(
      fc.property(finite, finite, elapsed, direction, (actual, target, part, word) => {
        const result = call('PACE', actual, target, part, word);
        const expected = target * part;
        if (expected === 0) {
          expectError(result, '#DIV/0!');
          return;
        }
        const relative = (actual - expected) / Math.abs(expected);
        const way = meaning[word] ?? word;
        const reference = way === 'higher' ? 1 + relative : way === 'lower' ? 1 - relative : 1 - Math.abs(relative);
        if (!Number.isFinite(reference)) {
          expectError(result, '#NUM!');
          return;
        }
        expect(isKpiError(result)).toBe(false);
        expect(Math.abs((result as number) - reference)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(reference)));
      }),
      { numRuns: 2000 },
    );
  });
});

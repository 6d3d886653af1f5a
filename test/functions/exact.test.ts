import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../shared/errors';
import { call, column, expectError, flat } from './helpers';

/** Numbers chosen to cancel and overflow: huge, tiny, subnormal, and ordinary ones between. */
const adversarial = fc.oneof(
  fc.constantFrom(1e16, -1e16, 1e308, -1e308, 1.7976931348623157e308, 1, -1, 0.1, 0.2, 1e-300, 5e-324, 0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
);

describe('exact edge cases: representable answers come out right, no NaN or Infinity', () => {
  it('gives the answers the issue measured wrong', () => {
    expectError(call('ATTAINMENT', 1, 5e-324), '#NUM!', 'too large');
    expect(call('HITRATE', column(1e308, 1e308), column(1e308, 1e308))).toBe(1);
    expect(call('HITRATE', 1e308, column(1e308, 1e308))).toBe(0.5);
    expect(call('BASELINE', column(1e308, 1e308), '', 'median')).toBe(1e308);
    expect(call('BASELINE', column(1e308, 1e308))).toBe(1e308);
    expect(call('ROLLING', column(1e308, 1e308), 2)).toEqual([[''], [1e308]]);
    expect(call('YOY', column(-1e308, 1e308), 1)).toEqual([[''], [2]]);
    expectError(call('TREND', column(1e308, -1e308)), '#NUM!');
    expect(call('TREND', column(1e308, 1e308))).toBe(0);
    expect(call('ATTAINMENT', 1e308, -1e308)).toBe(3);
  });

  it('keeps ROLLING on the BASELINE of the same cells: no drift after a huge value, the input back at periods 1', () => {
    expect(call('ROLLING', column(1e16, 1, 1, 1), 2)).toEqual([[''], [5e15], [1], [1]]);
    expect(call('ROLLING', column(0.1, 0.2), 1)).toEqual([[0.1], [0.2]]);
    expect(call('ROLLING', column(1e308, -1e308, 1e308, 3), 2)).toEqual([[''], [0], [0], [5e307]]);
  });

  it('ROLLING at i equals BASELINE of the cells up to i, to 1e-12 relative, on adversarial magnitudes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(adversarial, { nil: null, freq: 5 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('mean', 'median'),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (values, periods, method, marks) => {
          const exclude = column(...values.map((_, i) => marks[i]));
          const rolling = flat(call('ROLLING', column(...values), periods, method, exclude));
          values.forEach((value, i) => {
            const usable = values.slice(0, i + 1).filter((v, k) => v !== null && !marks[k]).length;
            if (value === null || usable < periods) {
              expect(rolling[i]).toBe('');
              return;
            }
            const baseline = call('BASELINE', column(...values.slice(0, i + 1)), periods, method, column(...marks.slice(0, i + 1)));
            expect(typeof baseline, `BASELINE at ${i}`).toBe('number');
            const [r, b] = [rolling[i] as number, baseline as number];
            expect(Number.isFinite(r)).toBe(true);
            expect(Math.abs(r - b), `ROLLING ${r} against BASELINE ${b} at ${i}`).toBeLessThanOrEqual(1e-12 * Math.abs(b));
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never answers NaN or Infinity, whatever finite numbers come in', () => {
    const number = fc.oneof(adversarial, fc.constant(null));
    const range = fc.array(number, { minLength: 1, maxLength: 6 }).map((cells) => column(...cells));
    const calls = fc.oneof(
      fc.tuple(fc.constant('RAG' as const), fc.tuple(range, range, fc.constantFrom(0, 0.1, 1), fc.constantFrom('higher', 'lower', 'target'))),
      fc.tuple(fc.constant('ATTAINMENT' as const), fc.tuple(number, number, fc.constantFrom('higher', 'lower', 'target'))),
      fc.tuple(fc.constant('PACE' as const), fc.tuple(number, number, fc.constantFrom(5e-324, 1e-10, 0.5, 1), fc.constantFrom('higher', 'target'))),
      fc.tuple(fc.constant('HITRATE' as const), fc.tuple(range, range)),
      fc.tuple(fc.constant('SCORE' as const), fc.tuple(range, range, fc.constantFrom(null, 0, 1.2, 1e308))),
      fc.tuple(fc.constant('BASELINE' as const), fc.tuple(range, fc.constantFrom(1, 2, 12), fc.constantFrom('mean', 'median'))),
      fc.tuple(fc.constant('ROLLING' as const), fc.tuple(range, fc.constantFrom(1, 2, 3), fc.constantFrom('mean', 'median'))),
      fc.tuple(fc.constant('YOY' as const), fc.tuple(range, fc.constantFrom(1, 2))),
      fc.tuple(fc.constant('TREND' as const), fc.tuple(range, fc.constantFrom(null, 2, 3))),
    );
    fc.assert(
      fc.property(calls, ([id, args]) => {
        for (const cell of flat(call(id, ...(args as unknown[])))) {
          if (typeof cell === 'number') expect(Number.isFinite(cell), `${id}(${JSON.stringify(args)}) gave ${cell}`).toBe(true);
          else expect(typeof cell === 'string' || isKpiError(cell)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

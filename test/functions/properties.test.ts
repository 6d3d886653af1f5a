import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpiError } from '../../shared/errors';
import { FUNCTION_IDS } from '../../shared/functions/names';
import { anyArg, call, column, flat } from './helpers';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });

describe('every KPI function', () => {
  it('answers any arguments with a value, a 2-D array or an error, never an exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTION_IDS), fc.array(anyArg, { maxLength: 5 }), (id, args) => {
        const result = call(id, ...args);
        const cells = Array.isArray(result) ? result.flat() : [result];
        for (const cell of cells) expect(typeof cell === 'number' || typeof cell === 'string' || isKpiError(cell)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('KPI.RAG', () => {
  it('only ever answers Green, Amber, Red, blank or an error', () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, anyArg, (actual, target, tolerance, direction) => {
        const result = call('RAG', actual, target, tolerance, direction);
        for (const cell of Array.isArray(result) ? result.flat() : [result]) {
          expect(isKpiError(cell) || ['Green', 'Amber', 'Red', ''].includes(cell as string)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is never worse for a better actual', () => {
    const rank = { Red: 0, Amber: 1, Green: 2 } as const;
    fc.assert(
      fc.property(finite, finite, finite, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, target, tolerance) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const worse = call('RAG', low, target, tolerance) as keyof typeof rank;
        const better = call('RAG', high, target, tolerance) as keyof typeof rank;
        expect(rank[better]).toBeGreaterThanOrEqual(rank[worse]);
      }),
    );
  });
});

describe('KPI.BASELINE', () => {
  it('lies between the minimum and maximum of its window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(finite, { nil: null }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('mean', 'median'),
        (values, periods, method) => {
          const result = call('BASELINE', column(...values), periods, method);
          const window = values.filter((v): v is number => v !== null).slice(-periods);
          if (window.length === 0) {
            expect(isKpiError(result)).toBe(true);
            return;
          }
          const margin = 1e-9 * Math.max(1, ...window.map(Math.abs));
          expect(result as number).toBeGreaterThanOrEqual(Math.min(...window) - margin);
          expect(result as number).toBeLessThanOrEqual(Math.max(...window) + margin);
        },
      ),
    );
  });
});

describe('KPI.ROLLING', () => {
  it('ends on the BASELINE of the whole series', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom('mean', 'median'), (values, periods, method) => {
        const rolling = flat(call('ROLLING', column(...values), periods, method));
        const last = rolling[rolling.length - 1];
        if (values.length < periods) expect(last).toBe('');
        else expect(last as number).toBeCloseTo(call('BASELINE', column(...values), periods, method) as number, 3);
      }),
    );
  });
});

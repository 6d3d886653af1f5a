import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTION_IDS } from '../../shared/functions/names';
import { loadFunctions, StubError } from '../excel/bundle';
import { loadCode } from '../sheets/code';
import { anyArg } from './helpers';

/** Each property stops after this long, whatever it has reached: the suite stays fast. */
const BUDGET = { numRuns: 20000, interruptAfterTimeLimit: 2000, markInterruptAsFailure: false } as const;

const cellsOf = (result: unknown): unknown[] => (Array.isArray(result) ? result.flat() : [result]);
const finiteOrNotANumber = (cell: unknown) => typeof cell !== 'number' || Number.isFinite(cell);

describe('fuzzing the built bundles: no NaN, no Infinity, no exception that is not a spreadsheet error', () => {
  it('dist/excel/functions.js', () => {
    const { associated } = loadFunctions();
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTION_IDS), fc.array(anyArg, { maxLength: 6 }), (id, args) => {
        const result = associated.get(id)!(...args);
        for (const cell of cellsOf(result)) {
          expect(typeof cell === 'number' || typeof cell === 'string' || cell instanceof StubError, `${id}: ${String(cell)}`).toBe(true);
          expect(finiteOrNotANumber(cell), `${id}(${String(args)}) gave ${String(cell)}`).toBe(true);
        }
      }),
      BUDGET,
    );
  });

  it('dist/sheets/Code.js', () => {
    const code = loadCode();
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTION_IDS), fc.array(anyArg, { maxLength: 6 }), (id, args) => {
        let result: unknown;
        try {
          result = code[`KPI_${id}`](...args);
        } catch (error) {
          // The contract's way to show a single error: an Error whose message starts with the code.
          expect((error as Error).message).toMatch(/^#(VALUE!|NUM!|DIV\/0!|N\/A) /);
          return;
        }
        for (const cell of cellsOf(result)) {
          expect(typeof cell === 'number' || typeof cell === 'string', `${id}: ${String(cell)}`).toBe(true);
          expect(finiteOrNotANumber(cell), `${id}(${String(args)}) gave ${String(cell)}`).toBe(true);
        }
      }),
      BUDGET,
    );
  });
});

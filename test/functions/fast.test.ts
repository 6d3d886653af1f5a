import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, functionSpec } from '../../shared/functions/registry';
import { runChecked, runFast, runFunction } from '../../shared/functions/run';
import type { ElementwiseFunction, ParamSpec } from '../../shared/functions/spec';
import { column, expectError, row } from './helpers';

/** Plain cells: what the fast path takes. Magnitudes chosen to cancel and overflow, and blanks. */
const plainCell = fc.oneof(
  fc.constantFrom(1e16, -1e16, 1e308, -1e308, 1, -1, 0.1, 0.2, 0.5, 1e-300, 5e-324, 0, -0, 2, -0.5, 1.5, null, '', undefined),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
);
/** Now and then a cell the fast path must leave to the checked path. */
const anyCell = fc.oneof({ weight: 20, arbitrary: plainCell }, fc.constantFrom('n/a', true, NaN, Infinity, new Date(2026, 0, 1), [1]));

const grid = (rows: number, columns: number, cell: fc.Arbitrary<unknown>) =>
  fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

/** An argument of an elementwise function: a range of the call's shape, or one value. */
function elementArg(param: ParamSpec, rows: number, columns: number): fc.Arbitrary<unknown> {
  if (param.kind === 'option') return fc.constantFrom(...Object.keys(param.choices), null, 'sideways');
  return fc.oneof(grid(rows, columns, anyCell), plainCell, grid(1, 1, plainCell));
}

const elementwise = FUNCTIONS.filter((spec): spec is ElementwiseFunction => spec.mode === 'elementwise');

describe('the fast path gives what the checked path gives', () => {
  it.each(elementwise.map((spec) => [spec.id, spec] as const))('%s over ranges of numbers and blanks', (_, spec) => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) => fc.integer({ min: 1, max: 3 }).chain((columns) =>
          fc.tuple(...spec.params.map((param) => elementArg(param, rows, columns))))),
        (args) => {
          const fast = runFast(spec, args);
          if (fast === undefined) return;
          taken++;
          expect(fast).toEqual(runChecked(spec, args));
        },
      ),
      { numRuns: 1500 },
    );
    expect(taken, 'calls the fast path took').toBeGreaterThan(30);
  });

  it('ROLLING over a row or a column of adversarial magnitudes and blanks', () => {
    const spec = functionSpec('ROLLING');
    let taken = 0;
    fc.assert(
      fc.property(
        fc.array(anyCell, { minLength: 2, maxLength: 40 }),
        fc.boolean(),
        fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(null, 0, 2.5, '3')),
        fc.constantFrom('mean', 'gennemsnit', 'median', null),
        (cells, asRow, periods, method) => {
          const args = [asRow ? row(...cells) : column(...cells), periods, method];
          const fast = runFast(spec, args);
          if (fast === undefined) return;
          taken++;
          expect(fast).toEqual(runChecked(spec, args));
        },
      ),
      { numRuns: 3000 },
    );
    expect(taken, 'calls the fast path took').toBeGreaterThan(300);
  });
});

describe('the fast path takes the common case and leaves the rest', () => {
  const numbers = (count: number) => Array.from({ length: count }, (_, i) => 50 + ((i * 37) % 100));

  it('takes columns and rows of plain numbers, blanks included', () => {
    expect(runFast(functionSpec('RAG'), [column(95, 120, ''), column(100, 100, 100), 0.1, 'lavere', 'da'])).toEqual([['Grøn'], ['Rød'], ['']]);
    expect(runFast(functionSpec('ROLLING'), [row(...numbers(5)), 2])).toEqual([['', 68.5, 105.5, 92.5, 79.5]]);
    expect(runFast(functionSpec('ROLLING'), [column(1, '', 3, null, 5), 2])).toEqual([[''], [''], [2], [''], [4]]);
  });

  it('leaves single values, text, dates, host errors, odd shapes and exclusions to the checked path', () => {
    const rag = functionSpec('RAG');
    const rolling = functionSpec('ROLLING');
    expect(runFast(rag, [95, 100])).toBeUndefined();
    expect(runFast(rag, [column(95, 'n/a'), column(100, 100)])).toBeUndefined();
    expect(runFast(rag, [column(95, new Date(2026, 0, 1)), 100])).toBeUndefined();
    expect(runFast(rag, [column(95, { code: '#N/A' }), 100])).toBeUndefined();
    expect(runFast(rag, [column(95, 96), column(100, 100, 100)])).toBeUndefined();
    expect(runFast(rag, [column(95, 96), 100, 1.5])).toBeUndefined();
    expect(runFast(rolling, [column(1, 2, 3), 2, , column(true, false, false)])).toBeUndefined();
    expect(runFast(rolling, [[[1, 2], [3, 4]], 2])).toBeUndefined();
    expect(runFast(rolling, [column(1, 2, 3), 2, 'median'])).toBeUndefined();
  });

  it('keeps every exact message of the checked path: the bad cell is named at its place', () => {
    const actual = column(...numbers(1000));
    actual[700] = ['n/a'];
    const result = runFunction(functionSpec('RAG'), [actual, column(...numbers(1000))]) as unknown[][];
    expect(result[699][0]).toBe('Green');
    expectError(result[700][0], '#VALUE!', 'actual (row 701, column 1): "n/a" is not a number');

    const values = column(...numbers(1000));
    values[999] = [Infinity];
    expectError((runFunction(functionSpec('ROLLING'), [values, 12]) as unknown[][])[999][0], '#NUM!');
  });

  it('prepares the host\'s arguments only for the checked path', () => {
    const prepared: unknown[] = [];
    const prepare = (args: readonly unknown[]) => {
      prepared.push(args);
      return args.map((arg) => (Array.isArray(arg) ? arg.map((cells: unknown[]) => cells.map((cell) => (cell === 'host error' ? 95 : cell))) : arg));
    };
    expect(runFunction(functionSpec('RAG'), [column(95, 100), 100], prepare)).toEqual([['Amber'], ['Green']]);
    expect(prepared).toHaveLength(0);
    expect(runFunction(functionSpec('RAG'), [column('host error', 100), 100], prepare)).toEqual([['Amber'], ['Green']]);
    expect(prepared).toHaveLength(1);
  });
});

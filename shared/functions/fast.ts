import type { ElementArg, ElementwiseFunction, NumberParam } from './spec';
import type { CellValue, Matrix, Rows } from './values';
import { freshMean, lostAtMost, roundingError, runningMean } from './window';

/**
 * The fast path of the function runner for the common case: ranges of plain finite numbers and
 * blanks. It reads the host's rows in place and allocates nothing per cell beyond the result
 * (no place object, no pre-scan, no intermediate arrays). Anything else (text, a date, an error
 * cell, a ragged range, a value out of bounds) makes it answer `undefined` at once, and the
 * checked path in run.ts computes the call from the start, with its exact messages. Where both
 * apply they give the same answer: the same operations run in the same order.
 */

/** A number a parameter takes as it is; a value outside its bounds is left to the checked path. */
function acceptable(param: NumberParam, value: number): boolean {
  if (param.min !== undefined && value < param.min) return false;
  if (param.max !== undefined && value > param.max) return false;
  return !param.integer || Number.isInteger(value);
}

/**
 * An elementwise function over ranges of one shape (`rows` x `columns`, at least one range):
 * `ranges[i]` is the i-th argument's range, or undefined where `fixed[i]` holds its checked value.
 */
export function elementwiseOverNumbers(
  spec: ElementwiseFunction,
  ranges: readonly (Rows | undefined)[],
  fixed: readonly ElementArg[],
  rows: number,
  columns: number,
): Matrix<CellValue> | undefined {
  const count = spec.params.length;
  // One array reused for every cell: the implementation's arguments.
  const args = fixed.slice();
  const result: CellValue[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: CellValue[] = columns === 1 ? [''] : new Array<CellValue>(columns);
    for (let column = 0; column < columns; column++) {
      let blank = false;
      for (let i = 0; i < count; i++) {
        const range = ranges[i];
        if (range === undefined) continue;
        const cells = range[row];
        if (!Array.isArray(cells) || cells.length !== columns) return undefined;
        const cell: unknown = cells[column];
        const param = spec.params[i] as NumberParam;
        if (typeof cell === 'number') {
          if (cell - cell !== 0 || !acceptable(param, cell)) return undefined;
          args[i] = cell;
        } else if (cell === null || cell === undefined || cell === '') {
          if (param.defaultValue === undefined) blank = true;
          else args[i] = param.defaultValue;
        } else {
          return undefined;
        }
      }
      line[column] = blank ? '' : spec.impl(...args);
    }
    result.push(line);
  }
  return result;
}

/**
 * ROLLING's mean straight from one row or one column of more than one cell: the running sum of
 * the checked path (window.ts), fed with the same numbers in the same order, so the values are
 * the same; the window's oldest number is found again in the range instead of in a copy.
 */
export function rollingMeanOverNumbers(range: Rows, periods: number): Matrix<CellValue> | undefined {
  const inColumn = range.length > 1;
  const first = range[0];
  if (!Array.isArray(first) || (inColumn ? first.length !== 1 : first.length < 2)) return undefined;
  const length = inColumn ? range.length : first.length;
  const cellAt = (index: number): unknown => (inColumn ? range[index][0] : first[index]);

  const result: CellValue[][] = [];
  const line: CellValue[] = inColumn ? [] : new Array<CellValue>(length);
  let high = 0;
  let low = 0;
  let bound = 0;
  let size = 0;
  /** Where the window's oldest number is, once the window holds one. */
  let oldest = -1;
  for (let i = 0; i < length; i++) {
    if (inColumn) {
      const cells = range[i];
      if (!Array.isArray(cells) || cells.length !== 1) return undefined;
    }
    const cell = cellAt(i);
    let value: CellValue = '';
    if (typeof cell === 'number') {
      if (cell - cell !== 0) return undefined;
      let sum = high + cell;
      low += roundingError(high, cell, sum);
      high = sum;
      bound += lostAtMost(low);
      if (oldest < 0) oldest = i;
      if (++size > periods) {
        const leaving = -(cellAt(oldest) as number);
        sum = high + leaving;
        low += roundingError(high, leaving, sum);
        high = sum;
        bound += lostAtMost(low);
        size--;
        do oldest++; while (typeof cellAt(oldest) !== 'number');
      }
      if (size === periods) {
        value = runningMean(high, low, bound, size);
        if (Number.isNaN(value)) {
          const fresh = freshMean(numbersBetween(cellAt, oldest, i));
          [high, low, bound] = [fresh.sum, 0, lostAtMost(fresh.sum)];
          value = fresh.mean;
        }
      }
    } else if (cell !== null && cell !== undefined && cell !== '') {
      return undefined;
    }
    if (inColumn) result.push([value]);
    else line[i] = value;
  }
  if (!inColumn) result.push(line);
  return result;
}

/** The numbers from `start` to `end`, both included: the window, when it must be summed afresh. */
function numbersBetween(cellAt: (index: number) => unknown, start: number, end: number): number[] {
  const numbers: number[] = [];
  for (let i = start; i <= end; i++) {
    const cell = cellAt(i);
    if (typeof cell === 'number') numbers.push(cell);
  }
  return numbers;
}

import type { KpiError } from '../errors';
import { errors } from './messages';

/**
 * Arithmetic that gives every representable answer right: sums are exact before their one final
 * rounding, and where an intermediate step would overflow (1e308 + 1e308) the numbers are scaled
 * by a power of two, which is exact, so only an answer that is itself beyond the largest double
 * becomes `#NUM!`. No NaN or Infinity ever leaves these functions.
 */

/** The answer, or `#NUM!` when the answer itself is too large (or small) to be a number. */
export function finiteOr(value: number): number | KpiError {
  return Number.isFinite(value) ? value : errors.notRepresentable();
}

/**
 * The sum of `values`, each times `scale` (a power of two), rounded once: Shewchuk's exact
 * partials, then the partials added from the largest down with the last rounding corrected.
 * ±Infinity when a partial overflows; the caller then scales down.
 */
function partialsSum(values: readonly number[], scale: number): number {
  const partials: number[] = [];
  for (const value of values) {
    let x = value * scale;
    let kept = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const high = x + y;
      const low = y - (high - x);
      if (low !== 0) partials[kept++] = low;
      x = high;
    }
    partials.length = kept;
    partials.push(x);
    if (!Number.isFinite(x)) return x;
  }
  let n = partials.length;
  if (n === 0) return 0;
  let high = partials[--n];
  let low = 0;
  while (n > 0) {
    const x = high;
    const y = partials[--n];
    high = x + y;
    low = y - (high - x);
    if (low !== 0) break;
  }
  // Round half to even over the partials still below, as the exact sum would.
  if (n > 0 && ((low < 0 && partials[n - 1] < 0) || (low > 0 && partials[n - 1] > 0))) {
    const y = low * 2;
    const x = high + y;
    if (y === x - high) high = x;
  }
  return high;
}

/** Scaling by 2^-64 keeps any sum of fewer than 2^60 doubles finite; undoing it is exact. */
const DOWN = 2 ** -64;
const UP = 2 ** 64;

/** The exactly rounded sum; ±Infinity only when the sum itself exceeds the largest double. */
export function exactSum(values: readonly number[]): number {
  const sum = partialsSum(values, 1);
  return Number.isFinite(sum) ? sum : partialsSum(values, DOWN) * UP;
}

/** The mean, finite for finite values however large: the sum is scaled down when it would overflow. */
export function exactMean(values: readonly number[]): number {
  const sum = partialsSum(values, 1);
  return Number.isFinite(sum) ? sum / values.length : (partialsSum(values, DOWN) / values.length) * UP;
}

/** Halfway between two numbers, without overflowing between two large ones. */
export function midpoint(a: number, b: number): number {
  const middle = (a + b) / 2;
  return Number.isFinite(middle) ? middle : a / 2 + b / 2;
}

/** Two sums in proportion: both scaled by one power of two when either would overflow. */
export function sumsInProportion(a: readonly number[], b: readonly number[]): [number, number] {
  const sumA = partialsSum(a, 1);
  const sumB = partialsSum(b, 1);
  if (Number.isFinite(sumA) && Number.isFinite(sumB)) return [sumA, sumB];
  return [partialsSum(a, DOWN), partialsSum(b, DOWN)];
}

/** `(value - reference) / |reference|`, the difference scaled first when it alone would overflow. */
export function relativeChange(value: number, reference: number): number {
  const difference = value - reference;
  if (Number.isFinite(difference)) return difference / Math.abs(reference);
  return value / Math.abs(reference) - Math.sign(reference);
}

/** A power of two near |value|, by which the value divides exactly into about [0.5, 2]. */
export function magnitude(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 1;
  return 2 ** Math.min(1023, Math.max(-1022, Math.ceil(Math.log2(Math.abs(value)))));
}

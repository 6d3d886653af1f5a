import { exactMean, exactSum, midpoint } from './arithmetic';
import type { Method } from './options';

/**
 * A window sliding along a sequence of numbers known in advance: `push` takes in the next one,
 * `shift` lets the oldest go, `value` reads the mean or median. Each step costs O(1) for the mean
 * and O(log n) for the median, so a rolling series is never recomputed window by window, and each
 * value equals the mean or median computed afresh over the same numbers (to 1e-14 relative).
 */
export interface SlidingWindow {
  push(): void;
  shift(): void;
  readonly size: number;
  value(): number;
}

/** Half an ulp of 1: the relative rounding error of one floating-point operation. */
const UNIT = 2 ** -53;
/** Above this estimated relative error the window's sum is recomputed exactly. */
const DRIFT = 1e-14;

/**
 * A running sum is kept as high + low with every rounding error of the high part caught exactly
 * (TwoSum), and a bound on what the low part has lost. When cancellation (1e16 leaving a window
 * of ones) makes that bound large against the sum, or a sum overflows, the window's numbers are
 * summed again exactly, so a value never drifts from a fresh mean. The steps are pure functions
 * of numbers, so both users (`slidingMean` here, ROLLING's fast path) keep the state in locals,
 * which the JIT holds in registers, and allocate nothing per step.
 */

/** The exact rounding error of `sum`, the rounded `high + x` (TwoSum). */
export function roundingError(high: number, x: number, sum: number): number {
  const virtual = sum - high;
  return (high - (sum - virtual)) + (x - virtual);
}

/** What the low part may have lost once more, added to the bound after each step. */
export function lostAtMost(low: number): number {
  return Math.abs(low) * UNIT;
}

/** The mean of `size` numbers from their running sum, or NaN when the sum can no longer be trusted. */
export function runningMean(high: number, low: number, bound: number, size: number): number {
  const sum = high + low;
  return Number.isFinite(sum) && bound <= DRIFT * Math.abs(sum) ? sum / size : NaN;
}

/**
 * The window's numbers summed exactly: the mean, and the sum to run on from (NaN when the sum
 * itself overflows; the mean is still finite, and the next value sums afresh again).
 */
export function freshMean(window: readonly number[]): { mean: number; sum: number } {
  const exact = exactSum(window);
  return Number.isFinite(exact) ? { mean: exact / window.length, sum: exact } : { mean: exactMean(window), sum: NaN };
}

function slidingMean(sequence: readonly number[]): SlidingWindow {
  let start = 0;
  let end = 0;
  let high = 0;
  let low = 0;
  let bound = 0;
  const add = (x: number) => {
    const sum = high + x;
    low += roundingError(high, x, sum);
    high = sum;
    bound += lostAtMost(low);
  };
  return {
    push() { add(sequence[end++]); },
    shift() { add(-sequence[start++]); },
    get size() { return end - start; },
    value() {
      const mean = runningMean(high, low, bound, end - start);
      if (!Number.isNaN(mean)) return mean;
      const fresh = freshMean(sequence.slice(start, end));
      [high, low, bound] = [fresh.sum, 0, lostAtMost(fresh.sum)];
      return fresh.mean;
    },
  };
}

/**
 * Median over a Fenwick tree of counts by rank. Every value the window will ever hold is known in
 * advance, so ranks come from one sort and the k-th smallest is a binary descent of the tree.
 */
function slidingMedian(sequence: readonly number[]): SlidingWindow {
  const sorted = [...sequence].sort((a, b) => a - b);
  const counts = new Array<number>(sorted.length + 1).fill(0);
  let topBit = 1;
  while (topBit * 2 <= sorted.length) topBit *= 2;
  let start = 0;
  let end = 0;

  const rankOf = (value: number) => {
    let lowest = 0;
    let highest = sorted.length;
    while (lowest < highest) {
      const mid = (lowest + highest) >> 1;
      if (sorted[mid] < value) lowest = mid + 1; else highest = mid;
    }
    return lowest + 1;
  };
  const update = (value: number, delta: number) => {
    for (let i = rankOf(value); i <= sorted.length; i += i & -i) counts[i] += delta;
  };
  /** The k-th smallest value in the window, 1-based. */
  const kth = (k: number) => {
    let position = 0;
    for (let bit = topBit; bit > 0; bit >>= 1) {
      if (position + bit <= sorted.length && counts[position + bit] < k) {
        position += bit;
        k -= counts[position];
      }
    }
    return sorted[position];
  };

  return {
    push: () => update(sequence[end++], 1),
    shift: () => update(sequence[start++], -1),
    get size() { return end - start; },
    value() {
      const size = end - start;
      return size % 2 === 1 ? kth((size + 1) / 2) : midpoint(kth(size / 2), kth(size / 2 + 1));
    },
  };
}

export function slidingWindow(method: Method, sequence: readonly number[]): SlidingWindow {
  return method === 'median' ? slidingMedian(sequence) : slidingMean(sequence);
}

/** The mean or median of a list, computed once: the mean from the exact sum. */
export function summarize(values: readonly number[], method: Method): number {
  if (method === 'mean') return exactMean(values);
  const window = slidingMedian(values);
  for (let i = 0; i < values.length; i++) window.push();
  return window.value();
}

import type { Method } from './options';

/**
 * A sliding window of numbers whose mean or median is read after each step. Each add or remove
 * costs O(1) for the mean and O(log n) for the median, so a rolling series is never recomputed
 * window by window.
 */
export interface SlidingWindow {
  add(value: number): void;
  remove(value: number): void;
  readonly size: number;
  value(): number;
}

function slidingMean(): SlidingWindow {
  let sum = 0;
  let size = 0;
  return {
    add(value) { sum += value; size++; },
    remove(value) { sum -= value; size--; },
    get size() { return size; },
    value: () => sum / size,
  };
}

/**
 * Median over a Fenwick tree of counts by rank. Every value the window will ever hold is known in
 * advance, so ranks come from one sort and the k-th smallest is a binary descent of the tree.
 */
function slidingMedian(universe: readonly number[]): SlidingWindow {
  const sorted = [...universe].sort((a, b) => a - b);
  const counts = new Array<number>(sorted.length + 1).fill(0);
  let topBit = 1;
  while (topBit * 2 <= sorted.length) topBit *= 2;
  let size = 0;

  const rankOf = (value: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < value) low = mid + 1; else high = mid;
    }
    return low + 1;
  };
  const update = (value: number, delta: number) => {
    for (let i = rankOf(value); i <= sorted.length; i += i & -i) counts[i] += delta;
    size += delta;
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
    add: (value) => update(value, 1),
    remove: (value) => update(value, -1),
    get size() { return size; },
    value: () => (size % 2 === 1 ? kth((size + 1) / 2) : (kth(size / 2) + kth(size / 2 + 1)) / 2),
  };
}

/** `universe` holds every value the window may take (the median ranks them up front). */
export function slidingWindow(method: Method, universe: readonly number[]): SlidingWindow {
  return method === 'median' ? slidingMedian(universe) : slidingMean();
}

/** The mean or median of a list, computed once. */
export function summarize(values: readonly number[], method: Method): number {
  const window = slidingWindow(method, values);
  for (const value of values) window.add(value);
  return window.value();
}

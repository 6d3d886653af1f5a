import { isKpiError, type KpiError } from '../errors';
import type { Series } from './spec';

/** The first cell of a series that holds no number, if any: a single-value answer cannot use it. */
export function firstBadCell(series: Series): KpiError | undefined {
  return series.cells.find(isKpiError);
}

/** A cell the baseline may use: a number whose period is not marked as a one-off event. */
export function usableAt(series: Series, excluded: readonly boolean[] | undefined, index: number): number | undefined {
  const cell = series.cells[index];
  return typeof cell === 'number' && !excluded?.[index] ? cell : undefined;
}

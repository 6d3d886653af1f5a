import type { Sheet } from './types';

/**
 * A sheet's values in one call. The data range starts at A1, so index [r][c] is the cell at row
 * r+1, column c+1: the 0-based positions findings carry.
 */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

import { withSerialDates } from './dates';
import type { Sheet } from './types';

/**
 * A sheet's values in one call, dates as serial numbers read in the spreadsheet's time zone. The
 * data range starts at A1, so index [r][c] is the cell at row r+1, column c+1: the 0-based
 * positions findings carry.
 */
export function readValues(sheet: Sheet): unknown[][] {
  return withSerialDates(sheet.getDataRange().getValues(), sheet.getParent().getSpreadsheetTimeZone());
}

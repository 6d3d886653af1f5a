import type { TrackingSheetRead } from '../../shared/tracking/read';
import { trackingSheetsOf } from '../../shared/tracking/run';
import { withSerialDates } from './dates';
import type { Sheet, Spreadsheet } from './types';

/**
 * A sheet's values in one call, dates as serial numbers read in the spreadsheet's time zone. The
 * data range starts at A1, so index [r][c] is the cell at row r+1, column c+1: the 0-based
 * positions findings carry.
 */
export function readValues(sheet: Sheet): unknown[][] {
  return withSerialDates(sheet.getDataRange().getValues(), sheet.getParent().getSpreadsheetTimeZone());
}

/** The spreadsheet's sheets by name, each name asked once. */
export function sheetsByName(spreadsheet: Spreadsheet): Map<string, Sheet> {
  return new Map(spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet]));
}

/**
 * The tracking sheets among `sheets`, as the dashboard and check-ins read them: one data range
 * each, its values and formulas, so the calls follow the sheets and never the KPIs. Values as
 * Sheets hands them: the blocks are found by their names and labels, and a pace is a number.
 */
export function trackingReads(sheets: ReadonlyMap<string, Sheet>): TrackingSheetRead[] {
  return trackingSheetsOf([...sheets.keys()]).map((sheetName) => {
    const range = sheets.get(sheetName)!.getDataRange();
    return { sheetName, values: range.getValues(), formulas: range.getFormulas() };
  });
}

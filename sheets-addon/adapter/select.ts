import type { Spreadsheet } from './types';

/** Activates the sheet and the 0-based cell a finding points at; false when the sheet is gone. */
export function selectCell(spreadsheet: Spreadsheet, sheetName: string, row: number, column: number): boolean {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return false;
  // Activating a range activates its sheet too.
  sheet.getRange(row + 1, column + 1).activate();
  return true;
}

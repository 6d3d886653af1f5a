import type { Lang } from '../../shared/i18n/lang';
import { logSheetNames, textLiteral, type AppendLog } from '../../shared/workbook';
import { applyNumberFormats } from './formats';
import type { Sheet, Spreadsheet } from './types';

export type LogCell = string | number | boolean;

/** The log sheet in either language, so a Danish and an English colleague share one. */
export function findLogSheet(spreadsheet: Spreadsheet, log: AppendLog, lang: Lang): Sheet | null {
  for (const name of logSheetNames(log, lang)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/**
 * Grows a sheet's grid to hold `rows` x `columns`: Sheets refuses a range beyond the grid (a new
 * sheet has 1 000 rows, about 200 saved versions, and a user may have deleted columns).
 */
export function growGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Appends rows to an append-only log sheet, creating it (with its header) the first time. New rows
 * go below the last row in use, the grid grown first: nothing written earlier is overwritten.
 * Text goes in as text (`textLiteral`). `source`, the sheet the user works on, stays active.
 */
export function appendToLog(spreadsheet: Spreadsheet, source: Sheet, log: AppendLog, lang: Lang, record: readonly (readonly LogCell[])[]): { sheetName: string; rows: number } {
  let sheet = findLogSheet(spreadsheet, log, lang);
  if (!sheet) {
    const header = log.header(lang);
    sheet = spreadsheet.insertSheet(log.sheetName[lang], spreadsheet.getNumSheets());
    growGrid(sheet, 1, header.length);
    sheet.getRange(1, 1, 1, header.length).setValues([header.map(textLiteral)]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    // Inserting a sheet activates it; the user stays on the agreement they are working on.
    source.activate();
  }
  const rows = record.map((row) => row.map(textLiteral));
  const top = sheet.getLastRow() + 1;
  growGrid(sheet, top + rows.length - 1, rows[0].length);
  // Formats first, so Sheets does not guess one from the values.
  applyNumberFormats(sheet, top, 1, rows.map(() => log.numberFormats()));
  sheet.getRange(top, 1, rows.length, rows[0].length).setValues(rows);
  return { sheetName: sheet.getName(), rows: rows.length };
}

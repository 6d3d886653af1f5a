import { HISTORY_SHEET_NAME, historyHeader, historyNumberFormats, historyRecord } from '../../shared/history';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { textLiteral } from '../../shared/workbook';
import { zonedStamp } from './dates';
import { applyNumberFormats } from './formats';
import { readValues } from './read';
import type { Sheet, Spreadsheet } from './types';

/** The history sheet in either language, so a Danish and an English colleague share one. */
export function findHistorySheet(spreadsheet: Spreadsheet): Sheet | null {
  for (const lang of LANGS) {
    const sheet = spreadsheet.getSheetByName(HISTORY_SHEET_NAME[lang]);
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

export type SavedVersion = { ok: true; sheetName: string; rows: number } | { ok: false; message: string };

/**
 * Appends the agreement on `source` to the history sheet, creating that sheet (with its header)
 * the first time. New rows go below the last row in use, the grid grown first: a saved version is
 * never overwritten. Text goes in as text (`textLiteral`), and the stamp is the time in the
 * spreadsheet's zone, which is what its users live in, not the script's.
 */
export function appendVersion(spreadsheet: Spreadsheet, source: Sheet, reason: string, savedAt: Date, lang: Lang): SavedVersion {
  const stamp = zonedStamp(savedAt, spreadsheet.getSpreadsheetTimeZone());
  const record = historyRecord(readValues(source), { savedAt, stamp, reason, sheetName: source.getName() }, lang);
  if (!record.ok) return record;
  let history = findHistorySheet(spreadsheet);
  if (!history) {
    const header = historyHeader(lang);
    history = spreadsheet.insertSheet(HISTORY_SHEET_NAME[lang], spreadsheet.getNumSheets());
    growGrid(history, 1, header.length);
    history.getRange(1, 1, 1, header.length).setValues([header.map(textLiteral)]).setFontWeight('bold');
    history.setFrozenRows(1);
    // Inserting a sheet activates it; the user stays on the agreement they are working on.
    source.activate();
  }
  const rows = record.rows.map((row) => row.map(textLiteral));
  const top = history.getLastRow() + 1;
  growGrid(history, top + rows.length - 1, rows[0].length);
  // Formats first, so Sheets does not guess one from the values.
  applyNumberFormats(history, top, 1, rows.map(() => historyNumberFormats()));
  history.getRange(top, 1, rows.length, rows[0].length).setValues(rows);
  return { ok: true, sheetName: history.getName(), rows: rows.length };
}

import { HISTORY_SHEET_NAME, historyHeader, historyNumberFormats, historyRecord } from '../../shared/history';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { readValues } from './read';
import type { Sheet, Spreadsheet } from './types';
import { literal } from './values';

/** The history sheet in either language, so a Danish and an English colleague share one. */
export function findHistorySheet(spreadsheet: Spreadsheet): Sheet | null {
  for (const lang of LANGS) {
    const sheet = spreadsheet.getSheetByName(HISTORY_SHEET_NAME[lang]);
    if (sheet) return sheet;
  }
  return null;
}

export type SavedVersion = { ok: true; sheetName: string; rows: number } | { ok: false; message: string };

/**
 * Appends the agreement on `source` to the history sheet, creating that sheet (with its header)
 * the first time. New rows go below the last row in use: a saved version is never overwritten.
 */
export function appendVersion(spreadsheet: Spreadsheet, source: Sheet, reason: string, savedAt: Date, lang: Lang): SavedVersion {
  const record = historyRecord(readValues(source), { savedAt, reason, sheetName: source.getName() }, lang);
  if (!record.ok) return record;
  let history = findHistorySheet(spreadsheet);
  if (!history) {
    const header = historyHeader(lang);
    history = spreadsheet.insertSheet(HISTORY_SHEET_NAME[lang], spreadsheet.getNumSheets());
    history.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
    history.setFrozenRows(1);
    // Inserting a sheet activates it; the user stays on the agreement they are working on.
    source.activate();
  }
  const rows = record.rows.map((row) => row.map(literal));
  const formats = historyNumberFormats();
  history.getRange(history.getLastRow() + 1, 1, rows.length, rows[0].length)
    .setNumberFormats(rows.map(() => formats))
    .setValues(rows);
  return { ok: true, sheetName: history.getName(), rows: rows.length };
}

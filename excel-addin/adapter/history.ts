/// <reference types="office-js" />
import { HISTORY_SHEET_NAME, historyHeader, historyNumberFormats, historyRecord, type HistoryCell } from '../../shared/history';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { rangeAddress, textLiteral } from '../../shared/workbook';
import { queueActiveSheetRead } from './read';

export interface SaveVersion {
  readonly reason: string;
  readonly lang: Lang;
  readonly savedAt: Date;
}

/**
 * Appends the active sheet's agreement, stamped with date and reason, to the history sheet:
 * created with its header if missing, written after its last used row, never over a cell. A
 * history sheet in the other language is reused, so a user who switches language keeps one record.
 * Two syncs when the sheet is new, three when it exists (its last row must be read first).
 */
export async function saveVersion(context: Excel.RequestContext, version: SaveVersion): Promise<{ sheetName: string; rows: number }> {
  const sheets = context.workbook.worksheets;
  const read = queueActiveSheetRead(context);
  const names = [version.lang, ...LANGS.filter((lang) => lang !== version.lang)].map((lang) => HISTORY_SHEET_NAME[lang]);
  // Sheet names compare case-insensitively, so the names asked for stand for the sheets found.
  const candidates = names.map((name) => ({ name, sheet: sheets.getItemOrNullObject(name) }));
  for (const { sheet } of candidates) sheet.load('isNullObject');
  await context.sync();

  const active = read();
  const found = candidates.filter(({ sheet }) => !sheet.isNullObject);
  const record = historyRecord(active.values, { savedAt: version.savedAt, reason: version.reason, sheetName: active.sheetName }, version.lang);
  if (!record.ok) throw new Error(record.message);

  let history: Excel.Worksheet;
  let nextRow = 0;
  const sheetName = found[0]?.name ?? names[0];
  if (found[0]) {
    history = found[0].sheet;
    const used = history.getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'rowIndex', 'rowCount']);
    await context.sync();
    nextRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  } else {
    history = sheets.add(names[0]);
  }

  const rows: HistoryCell[][] = nextRow === 0 ? [historyHeader(version.lang), ...record.rows] : record.rows;
  const width = Math.max(...rows.map((row) => row.length));
  const block = history.getRange(rangeAddress(nextRow, 0, rows.length, width));
  const formats = historyNumberFormats();
  block.numberFormat = rows.map(() => formats);
  block.values = rows.map((row) => [...row, ...Array<HistoryCell>(width - row.length).fill('')].map(textLiteral));
  if (nextRow === 0) {
    history.getRange(rangeAddress(0, 0, 1, width)).format.font.bold = true;
    history.freezePanes.freezeRows(1);
  }
  await context.sync();
  return { sheetName, rows: record.rows.length };
}

/// <reference types="office-js" />
import { HISTORY_SHEET_NAME, historyHeader, historyRecord, type HistoryCell } from '../../shared/history';
import { LANGS, type Lang, type Localized } from '../../shared/i18n/lang';
import { rangeAddress } from '../../shared/workbook';
import { excelLiteral } from './cells';
import { queueActiveSheetRead } from './read';

export interface SaveVersion {
  readonly reason: string;
  readonly lang: Lang;
  readonly savedAt: Date;
}

const ON_HISTORY: Localized = {
  en: 'This is the history sheet. Open the sheet with the KPI agreement to save a version of it.',
  da: 'Dette er historikarket. Åbn arket med KPI-aftalen for at gemme en version af den.',
};

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
  const candidates = names.map((name) => sheets.getItemOrNullObject(name));
  for (const candidate of candidates) candidate.load(['isNullObject', 'name']);
  await context.sync();

  const active = read();
  const found = candidates.filter((candidate) => !candidate.isNullObject);
  if (found.some((sheet) => sheet.name.toLowerCase() === active.sheetName.toLowerCase())) throw new Error(ON_HISTORY[version.lang]);
  const existing = found[0];
  const record = historyRecord(active.values, { savedAt: version.savedAt, reason: version.reason, sheetName: active.sheetName }, version.lang);
  if (!record.ok) throw new Error(record.message);

  let history: Excel.Worksheet;
  let nextRow = 0;
  const sheetName = existing ? existing.name : names[0];
  if (existing) {
    history = existing;
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
  block.values = rows.map((row) => [...row, ...Array<HistoryCell>(width - row.length).fill('')].map(excelLiteral));
  if (nextRow === 0) {
    history.getRange(rangeAddress(0, 0, 1, width)).format.font.bold = true;
    history.freezePanes.freezeRows(1);
  }
  await context.sync();
  return { sheetName, rows: record.rows.length };
}

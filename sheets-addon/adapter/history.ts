import { HISTORY_LOG, historyRecord } from '../../shared/history';
import type { Lang } from '../../shared/i18n/lang';
import { zonedStamp } from './dates';
import { appendToLog } from './log';
import { readValues } from './read';
import type { Sheet, Spreadsheet } from './types';

export type SavedVersion = { ok: true; sheetName: string; rows: number } | { ok: false; message: string };

/**
 * Appends the agreement on `source` to the history sheet (an append-only log). The stamp is the
 * time in the spreadsheet's zone, which is what its users live in, not the script's.
 */
export function appendVersion(spreadsheet: Spreadsheet, source: Sheet, reason: string, savedAt: Date, lang: Lang): SavedVersion {
  const stamp = zonedStamp(savedAt, spreadsheet.getSpreadsheetTimeZone());
  const record = historyRecord(readValues(source), { savedAt, stamp, reason, sheetName: source.getName() }, lang);
  if (!record.ok) return record;
  return { ok: true, ...appendToLog(spreadsheet, source, HISTORY_LOG, lang, record.rows) };
}

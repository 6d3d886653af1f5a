/// <reference types="office-js" />
import { HISTORY_LOG, historyRecord } from '../../shared/history';
import type { Lang } from '../../shared/i18n/lang';
import { appendToLog } from './log';
import { queueActiveSheetRead } from './read';

export interface SaveVersion {
  readonly reason: string;
  readonly lang: Lang;
  readonly savedAt: Date;
}

/**
 * Appends the active sheet's agreement, stamped with date and reason, to the history sheet (an
 * append-only log: see `appendToLog`).
 */
export async function saveVersion(context: Excel.RequestContext, version: SaveVersion): Promise<{ sheetName: string; rows: number }> {
  return appendToLog(context, HISTORY_LOG, version.lang, () => {
    const read = queueActiveSheetRead(context);
    return () => {
      const active = read();
      const record = historyRecord(active.values, { savedAt: version.savedAt, reason: version.reason, sheetName: active.sheetName }, version.lang);
      if (!record.ok) throw new Error(record.message);
      return record.rows;
    };
  });
}

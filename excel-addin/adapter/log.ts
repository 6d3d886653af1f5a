/// <reference types="office-js" />
import type { Lang } from '../../shared/i18n/lang';
import { logSheetNames, rangeAddress, textLiteral, type AppendLog } from '../../shared/workbook';

export type LogCell = string | number | boolean;

/** A log entry's rows, or a function giving them after one more sync. */
export type LogRows = LogCell[][] | (() => LogCell[][]);

/** The log sheets of either language as queued lookups, for the caller's next sync. */
export function queueLogLookup(context: Excel.RequestContext, log: AppendLog, lang: Lang): () => { name: string; sheet?: Excel.Worksheet } {
  const names = logSheetNames(log, lang);
  // Sheet names compare case-insensitively, so the names asked for stand for the sheets found.
  const candidates = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  for (const { sheet } of candidates) sheet.load('isNullObject');
  return () => candidates.find(({ sheet }) => !sheet.isNullObject) ?? { name: names[0] };
}

/**
 * Appends rows to an append-only log sheet: created with its header if missing, written after its
 * last used row, never over a cell. A log in the other language is reused, so a user who switches
 * language keeps one record. `queueRead` queues what the rows are made from, in the first sync, and
 * gives a function that makes them after it (and may throw to write nothing); what needs the first
 * sync's answers to be read may instead queue more and give the rows after a second sync. Two syncs
 * when the sheet is new, three when it exists (its last row must be read first) or there was a
 * second read: the last row is read in the same sync.
 */
export async function appendToLog(
  context: Excel.RequestContext,
  log: AppendLog,
  lang: Lang,
  queueRead: () => () => LogRows,
): Promise<{ sheetName: string; rows: number }> {
  const lookup = queueLogLookup(context, log, lang);
  const read = queueRead();
  await context.sync();

  const made = read();
  const found = lookup();
  const used = found.sheet?.getUsedRangeOrNullObject(true);
  used?.load(['isNullObject', 'rowIndex', 'rowCount']);
  if (used || typeof made === 'function') await context.sync();
  const record = typeof made === 'function' ? made() : made;
  const nextRow = used && !used.isNullObject ? used.rowIndex + used.rowCount : 0;
  const sheet = found.sheet ?? context.workbook.worksheets.add(found.name);

  const rows: LogCell[][] = nextRow === 0 ? [log.header(lang), ...record] : record;
  const width = Math.max(...rows.map((row) => row.length));
  const block = sheet.getRange(rangeAddress(nextRow, 0, rows.length, width));
  const formats = log.numberFormats();
  block.numberFormat = rows.map(() => formats);
  block.values = rows.map((row) => [...row, ...Array<LogCell>(width - row.length).fill('')].map(textLiteral));
  if (nextRow === 0) {
    sheet.getRange(rangeAddress(0, 0, 1, width)).format.font.bold = true;
    sheet.freezePanes.freezeRows(1);
  }
  await context.sync();
  return { sheetName: found.name, rows: record.length };
}

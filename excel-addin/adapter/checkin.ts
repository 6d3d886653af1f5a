/// <reference types="office-js" />
import { CHECKIN_LOG, checkInDraft as draftOf, checkInRecord, type CheckInDraft, type CheckInEntry } from '../../shared/followup/checkin';
import { followUpCalendar as calendarOf, type FollowUpCalendar } from '../../shared/followup/calendar';
import type { Day } from '../../shared/followup/days';
import type { Lang } from '../../shared/i18n/lang';
import type { TrackingSheetRead } from '../../shared/tracking/read';
import { trackingSheetsOf } from '../../shared/tracking/run';
import { CELL_ERRORS } from '../../shared/workbook';
import { appendToLog, queueLogLookup, type LogCell } from './log';
import { queueActiveSheetRead, queueTrackingReads, readActiveSheet } from './read';

/** The workbook's sheet names, queued for the caller's next sync: the tracking sheets among them hold the paces. */
function queueSheetNames(context: Excel.RequestContext): () => string[] {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  return () => sheets.items.map((sheet) => sheet.name);
}

/**
 * The active sheet's agreement as a check-in shows it; the check-in sheet is read for a sanity
 * check held, the tracking sheets for the paces. One sync, two when either sheet is there, however
 * many KPIs and tracking sheets.
 */
export async function checkInDraft(context: Excel.RequestContext, lang: Lang, today: Day): Promise<CheckInDraft> {
  const read = queueActiveSheetRead(context);
  const lookup = queueLogLookup(context, CHECKIN_LOG, lang);
  const names = queueSheetNames(context);
  await context.sync();
  const active = read();
  const { sheet } = lookup();
  const trackingNames = trackingSheetsOf(names());
  let log: unknown[][] | undefined;
  let tracking: TrackingSheetRead[] = [];
  if (sheet || trackingNames.length > 0) {
    const used = sheet?.getUsedRangeOrNullObject(true);
    used?.load(['isNullObject', 'values']);
    const reads = queueTrackingReads(context, trackingNames);
    await context.sync();
    log = used && !used.isNullObject ? used.values : undefined;
    tracking = reads();
  }
  const draft = draftOf(active.values, { sheetName: active.sheetName, today, tracking, ...(log ? { log } : {}) }, lang);
  if (!draft.ok) throw new Error(draft.message);
  return draft.value;
}

/**
 * Appends a check-in of the agreement on `sheetName` to the check-in sheet (an append-only log).
 * The tracking sheets, for the paces, are read in the sync that reads the log's last row: two syncs
 * when the log is new and there is no tracking sheet, three otherwise, however many KPIs.
 */
export async function checkIn(context: Excel.RequestContext, sheetName: string, entry: CheckInEntry, lang: Lang, today: Day): Promise<{ sheetName: string; rows: number }> {
  return appendToLog(context, CHECKIN_LOG, lang, () => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load('isNullObject');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'values']);
    const names = queueSheetNames(context);
    return () => {
      if (sheet.isNullObject) throw new Error(CELL_ERRORS.noSheet(sheetName)[lang]);
      const values = used.isNullObject ? [] : used.values;
      const recorded = (tracking: readonly TrackingSheetRead[]): LogCell[][] => {
        const record = checkInRecord(values, entry, { sheetName, today, tracking }, lang);
        if (!record.ok) throw new Error(record.message);
        return record.value;
      };
      const trackingNames = trackingSheetsOf(names());
      if (trackingNames.length === 0) return recorded([]);
      const reads = queueTrackingReads(context, trackingNames);
      return () => recorded(reads());
    };
  });
}

/** The follow-up calendar of the active sheet's agreement. One sync. */
export async function followUpCalendar(context: Excel.RequestContext, lang: Lang, now: Date): Promise<FollowUpCalendar> {
  const active = await readActiveSheet(context);
  const made = calendarOf(active.values, { sheetName: active.sheetName, now }, lang);
  if (!made.ok) throw new Error(made.message);
  return made.calendar;
}

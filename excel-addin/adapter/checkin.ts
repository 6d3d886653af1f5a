/// <reference types="office-js" />
import { CHECKIN_LOG, checkInDraft as draftOf, checkInRecord, type CheckInDraft, type CheckInEntry } from '../../shared/followup/checkin';
import { followUpCalendar as calendarOf, type FollowUpCalendar } from '../../shared/followup/calendar';
import type { Day } from '../../shared/followup/days';
import type { Lang } from '../../shared/i18n/lang';
import { CELL_ERRORS } from '../../shared/workbook';
import { appendToLog, queueLogLookup } from './log';
import { queueActiveSheetRead, readActiveSheet } from './read';

/** The active sheet's agreement as a check-in shows it; the check-in sheet is read for a sanity check held. Two syncs. */
export async function checkInDraft(context: Excel.RequestContext, lang: Lang, today: Day): Promise<CheckInDraft> {
  const read = queueActiveSheetRead(context);
  const lookup = queueLogLookup(context, CHECKIN_LOG, lang);
  await context.sync();
  const active = read();
  const { sheet } = lookup();
  let log: unknown[][] | undefined;
  if (sheet) {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'values']);
    await context.sync();
    log = used.isNullObject ? undefined : used.values;
  }
  const draft = draftOf(active.values, { sheetName: active.sheetName, today, ...(log ? { log } : {}) }, lang);
  if (!draft.ok) throw new Error(draft.message);
  return draft.value;
}

/** Appends a check-in of the agreement on `sheetName` to the check-in sheet (an append-only log). */
export async function checkIn(context: Excel.RequestContext, sheetName: string, entry: CheckInEntry, lang: Lang, today: Day): Promise<{ sheetName: string; rows: number }> {
  return appendToLog(context, CHECKIN_LOG, lang, () => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.load('isNullObject');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'values']);
    return () => {
      if (sheet.isNullObject) throw new Error(CELL_ERRORS.noSheet(sheetName)[lang]);
      const record = checkInRecord(used.isNullObject ? [] : used.values, entry, { sheetName, today }, lang);
      if (!record.ok) throw new Error(record.message);
      return record.value;
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

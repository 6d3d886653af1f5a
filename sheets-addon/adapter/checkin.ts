import { CHECKIN_LOG, checkInDraft as draftOf, checkInRecord, type CheckInDraft, type CheckInEntry } from '../../shared/followup/checkin';
import { followUpCalendar as calendarOf, type FollowUpCalendar } from '../../shared/followup/calendar';
import type { Day } from '../../shared/followup/days';
import type { Lang } from '../../shared/i18n/lang';
import { CELL_ERRORS } from '../../shared/workbook';
import { zonedSerial } from './dates';
import { appendToLog, findLogSheet } from './log';
import { readValues, sheetsByName, trackingReads } from './read';
import type { Spreadsheet } from './types';

/** Today in the spreadsheet's time zone, where its users live. */
export function spreadsheetToday(spreadsheet: Spreadsheet, now: Date): Day {
  return Math.floor(zonedSerial(now, spreadsheet.getSpreadsheetTimeZone()));
}

/** The active sheet's agreement as a check-in shows it; the check-in sheet tells whether the sanity check was held, the tracking sheets the paces. */
export function checkInDraft(spreadsheet: Spreadsheet, lang: Lang, now: Date): CheckInDraft {
  const source = spreadsheet.getActiveSheet();
  const log = findLogSheet(spreadsheet, CHECKIN_LOG, lang);
  const context = {
    sheetName: source.getName(),
    today: spreadsheetToday(spreadsheet, now),
    tracking: trackingReads(sheetsByName(spreadsheet)),
    ...(log ? { log: readValues(log) } : {}),
  };
  const draft = draftOf(readValues(source), context, lang);
  if (!draft.ok) throw new Error(draft.message);
  return draft.value;
}

/** Appends a check-in of the agreement on `sheetName` to the check-in sheet (an append-only log), each KPI's pace from the tracking sheets. */
export function checkIn(spreadsheet: Spreadsheet, sheetName: string, entry: CheckInEntry, lang: Lang, now: Date): { sheetName: string; rows: number } {
  const review = spreadsheet.getSheetByName(sheetName);
  if (!review) throw new Error(CELL_ERRORS.noSheet(sheetName)[lang]);
  const context = { sheetName, today: spreadsheetToday(spreadsheet, now), tracking: trackingReads(sheetsByName(spreadsheet)) };
  const record = checkInRecord(readValues(review), entry, context, lang);
  if (!record.ok) throw new Error(record.message);
  return appendToLog(spreadsheet, spreadsheet.getActiveSheet(), CHECKIN_LOG, lang, record.value);
}

/** The follow-up calendar of the active sheet's agreement. */
export function followUpCalendar(spreadsheet: Spreadsheet, lang: Lang, now: Date): FollowUpCalendar {
  const source = spreadsheet.getActiveSheet();
  const made = calendarOf(readValues(source), { sheetName: source.getName(), now }, lang);
  if (!made.ok) throw new Error(made.message);
  return made.calendar;
}

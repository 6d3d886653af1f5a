import { validateAgreement, type Finding } from '../../shared/validator';
import type { Lang } from '../../shared/i18n/lang';
import { buildTemplate } from '../../shared/templates';
import { readSignOff } from '../../shared/templates/sign-off';
import type { SheetCheck } from '../../ui/bridge';
import { CELL_ERRORS } from '../../shared/workbook';
import { readCheckInEntry, type CheckInDraft } from '../../shared/followup/checkin';
import type { FollowUpCalendar } from '../../shared/followup/calendar';
import { checkIn as appendCheckIn, checkInDraft as draftOf, followUpCalendar as calendarOf } from '../adapter/checkin';
import { appendVersion } from '../adapter/history';
import { readValues } from '../adapter/read';
import { selectCell as selectSheetCell } from '../adapter/select';
import { writeTemplate } from '../adapter/write-template';
import { trackAgreement as track } from '../adapter/track';
import { buildDashboard as build } from '../adapter/dashboard';
import type { DashboardResult } from '../../shared/dashboard/run';
import { monthOf, type TrackResult } from '../../shared/tracking/run';
import { checkCell, checkLang, checkTemplateId } from './checks';
import { userLang } from './lang';
import { services } from './services';

/*
 * The `google.script.run` targets behind the sidebar, one per HostBridge method. They take and
 * return plain JSON only: Dates and KpiErrors stay on the server (google.script.run turns a Date
 * into a failed call). A failure is thrown with a message in the user's language; the bridge hands
 * it to the pane as a rejected promise.
 */

export function language(): Lang {
  return userLang();
}

export function insertTemplate(id: unknown, lang: unknown): { sheetName: string } {
  const language = checkLang(lang);
  const spec = buildTemplate(checkTemplateId(id, language), language, monthOf(new Date()));
  const app = services.spreadsheetApp();
  return { sheetName: writeTemplate(app, app.getActiveSpreadsheet(), spec).getName() };
}

export function validateActiveSheet(lang: unknown): SheetCheck {
  const sheet = services.spreadsheetApp().getActiveSheet();
  const values = readValues(sheet);
  const findings = validateAgreement(values, { lang: checkLang(lang) });
  const signOff = readSignOff(values);
  return { sheetName: sheet.getName(), findings: findings.map(plainFinding), ...(signOff ? { signOff } : {}) };
}

export function selectCell(sheetName: unknown, row: unknown, column: unknown): void {
  const lang = userLang();
  const cell = checkCell(row, column, lang);
  if (!selectSheetCell(services.spreadsheetApp().getActiveSpreadsheet(), String(sheetName), cell.row, cell.column)) {
    throw new Error(CELL_ERRORS.noSheet(String(sheetName))[lang]);
  }
}

export function saveVersion(reason: unknown, lang: unknown): { sheetName: string; rows: number } {
  const language = checkLang(lang);
  const spreadsheet = services.spreadsheetApp().getActiveSpreadsheet();
  const source = spreadsheet.getActiveSheet();
  const saved = appendVersion(spreadsheet, source, typeof reason === 'string' ? reason : '', new Date(), language);
  if (!saved.ok) throw new Error(saved.message);
  return { sheetName: saved.sheetName, rows: saved.rows };
}

export function checkInDraft(lang: unknown): CheckInDraft {
  return draftOf(services.spreadsheetApp().getActiveSpreadsheet(), checkLang(lang), new Date());
}

export function checkIn(sheetName: unknown, entry: unknown, lang: unknown): { sheetName: string; rows: number } {
  const spreadsheet = services.spreadsheetApp().getActiveSpreadsheet();
  return appendCheckIn(spreadsheet, String(sheetName), readCheckInEntry(entry), checkLang(lang), new Date());
}

export function followUpCalendar(lang: unknown): FollowUpCalendar {
  return calendarOf(services.spreadsheetApp().getActiveSpreadsheet(), checkLang(lang), new Date());
}

export function trackAgreement(lang: unknown): TrackResult {
  const app = services.spreadsheetApp();
  return track(app, app.getActiveSpreadsheet(), checkLang(lang), monthOf(new Date()));
}

export function buildDashboard(lang: unknown): DashboardResult {
  const app = services.spreadsheetApp();
  return build(app, services.charts(), app.getActiveSpreadsheet(), checkLang(lang), new Date());
}

/** A finding with only its defined fields, so it crosses as the same JSON it was. */
function plainFinding(finding: Finding): Finding {
  const { rule, severity, message, row, column } = finding;
  return { rule, severity, message, ...(row === undefined ? {} : { row }), ...(column === undefined ? {} : { column }) };
}

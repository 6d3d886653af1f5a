import { describe, expect, it } from 'vitest';
import { CHECKIN_LOG, CHECKIN_SHEET_NAME, MEETING_KINDS, type CheckInDraft } from '../../shared/followup/checkin';
import type { FollowUpCalendar } from '../../shared/followup/calendar';
import type { KpiEntry } from '../../shared/templates/review';
import { formulasOf } from '../../playground/track';
import { KPIS, reportedBook } from '../tracking/helpers';
import { manyKpis } from '../tracking/kpis';
import { loadCode } from './code';
import { dateToSerial, fakeAppsScript } from './fakes';
import { filledReview } from './review';

/** Today as the spreadsheet's serial day, where its users live. */
const todayIn = (timeZone: string) => Math.floor(dateToSerial(new Date(), timeZone));

function checkedIn(lang: 'en' | 'da' = 'en') {
  const { apps, code } = filledReview(lang);
  const review = apps.spreadsheet.active;
  const draft = code.checkInDraft(lang) as CheckInDraft;
  const entry = { comments: [{ kpi: draft.kpis[0].kpi, comment: 'On track' }], decision: 'Keep the targets', sanityCheck: false };
  return { apps, code, review, draft, entry };
}

describe('checking in from the Sheets sidebar (targets checkInDraft, checkIn, followUpCalendar)', () => {
  it('shows every KPI of the active review with its numbers and trigger', () => {
    const { review, draft } = checkedIn();
    expect(draft.sheetName).toBe(review.getName());
    expect(draft.kpis.length).toBeGreaterThanOrEqual(3);
    for (const kpi of draft.kpis) expect(kpi.kpi).not.toBe('');
  });

  it('creates the check-in sheet with its header, one row per KPI below it, and keeps the review active', () => {
    const { apps, code, review, draft, entry } = checkedIn();
    expect(code.checkIn(draft.sheetName, entry, 'en')).toEqual({ sheetName: CHECKIN_SHEET_NAME.en, rows: draft.kpis.length });
    const log = apps.spreadsheet.sheet(CHECKIN_SHEET_NAME.en).stored();
    expect(log[0]).toEqual(CHECKIN_LOG.header('en'));
    const rows = log.slice(1, 1 + draft.kpis.length);
    expect(rows.map((row) => row[2])).toEqual(draft.kpis.map((kpi) => kpi.kpi));
    expect(rows[0].slice(0, 2)).toEqual([todayIn(apps.spreadsheet.timeZone), MEETING_KINDS.checkIn.en]);
    expect(rows[0][8]).toBe('On track');
    expect(rows.every((row) => row[9] === 'Keep the targets' && row[10] === review.getName())).toBe(true);
    expect(apps.spreadsheet.active).toBe(review);
  });

  it('appends a second check-in below the first, never over it', () => {
    const { apps, code, draft, entry } = checkedIn();
    code.checkIn(draft.sheetName, entry, 'en');
    const first = apps.spreadsheet.sheet(CHECKIN_SHEET_NAME.en).stored().map((row) => [...row]);
    code.checkIn(draft.sheetName, { ...entry, decision: 'Lower the target' }, 'en');
    const log = apps.spreadsheet.sheet(CHECKIN_SHEET_NAME.en).stored();
    expect(log.slice(0, first.length)).toEqual(first);
    expect(log.slice(1 + draft.kpis.length, 1 + 2 * draft.kpis.length).map((row) => row[9])).toEqual(draft.kpis.map(() => 'Lower the target'));
  });

  it("writes into a colleague's log in the other language instead of starting a second one", () => {
    const { apps, code, draft, entry } = checkedIn('da');
    code.checkIn(draft.sheetName, entry, 'da');
    code.checkIn(draft.sheetName, entry, 'en');
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).not.toContain(CHECKIN_SHEET_NAME.en);
    expect(apps.spreadsheet.sheet(CHECKIN_SHEET_NAME.da).stored()[1 + draft.kpis.length][2]).toBe(draft.kpis[0].kpi);
  });

  it('says which sheet is gone, in the language asked, and writes nothing', () => {
    const { apps, code, entry } = checkedIn('da');
    expect(() => code.checkIn('Slettet ark', entry, 'da')).toThrow(/Slettet ark/);
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).not.toContain(CHECKIN_SHEET_NAME.da);
  });

  it("makes the follow-up calendar of the active review, from the spreadsheet's today", () => {
    const { code } = checkedIn();
    const calendar = code.followUpCalendar('en') as FollowUpCalendar;
    expect(calendar.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar.events).toBeGreaterThan(0);
    expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(calendar.events);
  });
});

/** A reported review and its tracking sheet in the fake, the tracking formulas showing what the playground calculated. */
function trackedSpreadsheet(kpis: readonly KpiEntry[] = KPIS) {
  const reported = reportedBook('en', kpis);
  const { book, review, tracking } = reported;
  const apps = fakeAppsScript({ sheets: { [review]: book.values(review), [tracking]: formulasOf(book, tracking) } });
  apps.spreadsheet.sheet(tracking).showCalculated(book.values(tracking));
  const code = loadCode(apps.globals);
  apps.recorder.clear();
  return { apps, code, ...reported };
}

const NO_ENTRY = { comments: [], decision: '', sanityCheck: false };
const PACE = CHECKIN_LOG.header('en').indexOf('Pace');

describe('the pace of a check-in in Sheets', () => {
  it('shows each KPI’s latest pace from its tracking block in the draft', () => {
    const { code, paceOf } = trackedSpreadsheet();
    const [quantity, quality] = (code.checkInDraft('en') as CheckInDraft).kpis;
    expect(typeof paceOf(quantity.kpi)).toBe('number');
    expect(quantity.pace).toBe(paceOf(quantity.kpi));
    expect(quality.pace).toBeNull();
  });

  it('writes each KPI’s pace into its row of the log, blank where its block has none', () => {
    const { apps, code, review, paceOf } = trackedSpreadsheet();
    const kpis = KPIS.map((entry) => (entry.kpi as { en: string }).en);
    code.checkIn(review, NO_ENTRY, 'en');
    const rows = apps.spreadsheet.sheet(CHECKIN_SHEET_NAME.en).stored().slice(1);
    expect(rows.map((row) => [row[2], row[PACE]])).toEqual(kpis.map((kpi) => [kpi, paceOf(kpi) ?? '']));
  });

  it('reads each tracking sheet once, and makes the same calls for 10 KPIs as for 3', () => {
    const calls = (count: number) => {
      const { apps, code, review, tracking } = trackedSpreadsheet(manyKpis(count));
      code.checkInDraft('en');
      code.checkIn(review, NO_ENTRY, 'en');
      return { all: apps.recorder.names(), onTracking: apps.recorder.calls.filter((call) => call.target.startsWith(`Range(${tracking}!`)).map((call) => call.method) };
    };
    const three = calls(3);
    expect(calls(10).all).toEqual(three.all);
    expect(three.onTracking).toEqual(['getValues', 'getFormulas', 'getValues', 'getFormulas']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkIn, checkInDraft, followUpCalendar } from '../../excel-addin/adapter/checkin';
import { CHECKIN_LOG, CHECKIN_SHEET_NAME, MEETING_KINDS } from '../../shared/followup/checkin';
import { dayOf } from '../../shared/followup/days';
import type { Lang } from '../../shared/i18n/lang';
import { review } from '../followup/review';
import { KPIS, reportedBook } from '../tracking/helpers';
import { manyKpis } from '../tracking/kpis';
import { FakeExcel, FakeSheet, type Scalar } from './fakes';
import { fakeSheetOf } from './from-playground';

const TODAY = dayOf(2027, 3, 1);
const ENTRY = { comments: [{ kpi: 'CSAT', comment: 'Up after the survey change' }], decision: 'Keep the targets', sanityCheck: false };

function workbook(...others: FakeSheet[]) {
  const sheet = new FakeSheet('KPI Review').seed(review() as Scalar[][]);
  return new FakeExcel(sheet, ...others);
}

/** The log sheet's rows from the top, as wide as its header. */
const logRows = (sheet: FakeSheet, count: number): Scalar[][] =>
  Array.from({ length: count }, (_, r) => CHECKIN_LOG.header('en').map((_, c) => sheet.value(r, c)));

const checkInOnce = (excel: FakeExcel, lang: Lang = 'en', entry = ENTRY) => checkIn(excel.context, 'KPI Review', entry, lang, TODAY);

describe('checking in from the Excel task pane', () => {
  it("reads the active review's KPIs with their numbers and triggers, in one sync when there is no log yet", async () => {
    const excel = workbook();
    const draft = await checkInDraft(excel.context, 'en', TODAY);
    expect(draft.kpis.map(({ kpi, actual, target, trigger }) => ({ kpi, actual, target, trigger }))).toEqual([
      { kpi: 'CSAT', actual: 4.3, target: 4.4, trigger: 'If the survey changes' },
      { kpi: 'First reply time', actual: 4.3, target: 4, trigger: '' },
    ]);
    expect(excel.syncs).toBe(1);
    expect(excel.unsynced).toBe(0);
  });

  it('creates the check-in sheet with its header and one row per KPI, in two syncs', async () => {
    const excel = workbook();
    expect(await checkInOnce(excel)).toEqual({ sheetName: CHECKIN_SHEET_NAME.en, rows: 2 });
    const log = excel.sheet(CHECKIN_SHEET_NAME.en);
    const [header, csat, reply] = logRows(log, 3);
    expect(header).toEqual(CHECKIN_LOG.header('en'));
    expect([csat[0], csat[1], csat[2], csat[8], csat[9]]).toEqual([TODAY, MEETING_KINDS.checkIn.en, 'CSAT', 'Up after the survey change', 'Keep the targets']);
    expect([reply[2], reply[8]]).toEqual(['First reply time', '']);
    expect(log.frozenRows).toBe(1);
    expect(excel.syncs).toBe(2);
  });

  it('appends a second check-in below the first, in three syncs, leaving the first untouched', async () => {
    const excel = workbook();
    await checkInOnce(excel);
    const log = excel.sheet(CHECKIN_SHEET_NAME.en);
    const before = log.snapshot();
    excel.syncs = 0;
    await checkInOnce(excel, 'en', { ...ENTRY, decision: 'Lower the target' });
    expect(excel.syncs).toBe(3);
    for (const [key, cell] of Object.entries(before)) expect(log.cells.get(key), key).toEqual(cell);
    expect(logRows(log, 5).slice(3).map((row) => row[9])).toEqual(['Lower the target', 'Lower the target']);
  });

  it("writes into a Danish colleague's log rather than starting an English one", async () => {
    const excel = workbook(new FakeSheet(CHECKIN_SHEET_NAME.da).seed([CHECKIN_LOG.header('da')]));
    expect((await checkInOnce(excel)).sheetName).toBe(CHECKIN_SHEET_NAME.da);
    expect(excel.sheets.map((sheet) => sheet.name)).not.toContain(CHECKIN_SHEET_NAME.en);
    expect(excel.sheet(CHECKIN_SHEET_NAME.da).value(1, 2)).toBe('CSAT');
  });

  it('says in Danish that the review sheet is gone, and writes nothing', async () => {
    const excel = workbook();
    await expect(checkIn(excel.context, 'Slettet ark', ENTRY, 'da', TODAY)).rejects.toThrow(/Slettet ark/);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['KPI Review']);
  });

  it('makes the follow-up calendar of the active review in one sync', async () => {
    const excel = workbook();
    const calendar = await followUpCalendar(excel.context, 'en', new Date(2026, 11, 2));
    expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(calendar.events);
    expect(calendar.events).toBeGreaterThan(0);
    expect(excel.syncs).toBe(1);
  });
});

/**
 * A reported review and its tracking sheet in Excel, as the playground calculates them: the review's
 * values, and the tracking sheet's formulas each showing its value (the fake does not calculate).
 */
function trackedWorkbook(kpis = KPIS) {
  const reported = reportedBook('en', kpis);
  const { book, tracking } = reported;
  const reviewSheet = new FakeSheet(reported.review).seed(book.values(reported.review).map((row) => row.map((cell) => cell ?? '')) as Scalar[][]);
  return { excel: new FakeExcel(reviewSheet, fakeSheetOf(book, tracking)), ...reported };
}

const PACE = CHECKIN_LOG.header('en').indexOf('Pace');

describe('the pace of a check-in in Excel', () => {
  it('shows each KPI’s latest pace from its tracking block in the draft, in two syncs', async () => {
    const { excel, paceOf } = trackedWorkbook();
    const draft = await checkInDraft(excel.context, 'en', TODAY);
    const [quantity, quality] = draft.kpis;
    expect(typeof paceOf(quantity.kpi)).toBe('number');
    expect(quantity.pace).toBe(paceOf(quantity.kpi));
    expect(quality.pace).toBeNull();
    expect(excel.syncs).toBe(2);
  });

  it('writes each KPI’s pace into its row of the log, blank where its block has none', async () => {
    const { excel, review: sheetName, paceOf } = trackedWorkbook();
    const kpis = KPIS.map((entry) => (entry.kpi as { en: string }).en);
    await checkIn(excel.context, sheetName, { comments: [], decision: '', sanityCheck: false }, 'en', TODAY);
    const rows = logRows(excel.sheet(CHECKIN_SHEET_NAME.en), 1 + kpis.length).slice(1);
    expect(rows.map((row) => [row[2], row[PACE]])).toEqual(kpis.map((kpi) => [kpi, paceOf(kpi) ?? '']));
    expect(excel.unsynced).toBe(0);
  });

  it('syncs as often for 10 KPIs as for 3: two for the draft, three for a check-in', async () => {
    const syncs = async (count: number) => {
      const { excel, review: sheetName } = trackedWorkbook(manyKpis(count));
      await checkInDraft(excel.context, 'en', TODAY);
      const draft = excel.syncs;
      excel.syncs = 0;
      await checkIn(excel.context, sheetName, { comments: [], decision: '', sanityCheck: false }, 'en', TODAY);
      return { draft, checkIn: excel.syncs };
    };
    const three = await syncs(3);
    expect(await syncs(10)).toEqual(three);
    expect(three).toEqual({ draft: 2, checkIn: 3 });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_NAME } from '../../shared/dashboard/layout';
import { CHECKIN_SHEET_NAME, MEETING_KINDS } from '../../shared/followup/checkin';
import { LANGS } from '../../shared/i18n/lang';
import { EXAMPLE_KPIS } from '../../shared/templates';
import { EXAMPLE_CHECK_INS } from '../../shared/templates/example-checkins';
import { REVIEW_SHEET_NAME, kpiRow } from '../../shared/templates/review';
import { BASELINE_MONTHS, TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { findTrackingBlocks } from '../../shared/tracking/read';
import { exampleWorkbook } from '../../playground/example';
import { trackingReads } from '../../playground/track';
import type { PlaygroundWorkbook } from '../../playground/workbook';

let book: PlaygroundWorkbook | undefined;
afterEach(() => book?.destroy());

describe.each(LANGS)('the playground’s example workbook (%s)', (lang) => {
  it('holds the review, its tracking, the year’s check-ins and the dashboard, and opens on the review', () => {
    book = exampleWorkbook(lang);
    expect(book.sheetNames()).toEqual([REVIEW_SHEET_NAME, TRACKING_SHEET_NAME, CHECKIN_SHEET_NAME, DASHBOARD_SHEET_NAME].map((name) => name[lang]));
    expect(book.activeSheet).toBe(REVIEW_SHEET_NAME[lang]);
    expect(book.look(DASHBOARD_SHEET_NAME[lang])?.charts).toHaveLength(EXAMPLE_KPIS.length);
    // Opening the example is nothing to undo.
    expect(book.canUndo()).toBe(false);
  });

  it('logs each check-in with the actuals as they stood that day, not as they stand now', () => {
    book = exampleWorkbook(lang);
    const [tracking] = trackingReads(book);
    const blocks = findTrackingBlocks(tracking);
    const [header, ...rows] = book.values(CHECKIN_SHEET_NAME[lang]);
    const column = (name: string) => header.indexOf(name);
    const heading = lang === 'en' ? { kpi: 'KPI', actual: 'Actual', kind: 'Meeting', date: 'Date', comment: 'Comment' } : { kpi: 'KPI', actual: 'Faktisk', kind: 'Møde', date: 'Dato', comment: 'Kommentar' };
    expect(rows).toHaveLength(EXAMPLE_CHECK_INS.length * EXAMPLE_KPIS.length);
    EXAMPLE_CHECK_INS.forEach((held, i) => {
      const logged = rows.slice(i * EXAMPLE_KPIS.length, (i + 1) * EXAMPLE_KPIS.length);
      for (const [k, row] of logged.entries()) {
        const name = String(kpiRow(EXAMPLE_KPIS[k], lang).kpi);
        const block = blocks.find((found) => found.name === name)!;
        // The last month typed by the check-in's day.
        const lastTyped = book!.value(tracking.sheetName, { row: block.firstMonthRow + BASELINE_MONTHS + held.monthsTyped - 1, column: block.columns.actual });
        expect(row[column(heading.kpi)]).toBe(name);
        expect(row[column(heading.actual)]).toBe(lastTyped);
        expect(row[column(heading.date)]).toBe(held.day);
        expect(row[column(heading.comment)]).toBe(held.comments[k][lang]);
        expect(row[column(heading.kind)]).toBe((held.sanityCheck ? MEETING_KINDS.sanityCheck : MEETING_KINDS.checkIn)[lang]);
      }
    });
    // The two check-ins saw different months.
    expect(rows[0][column(heading.actual)]).not.toBe(rows[EXAMPLE_KPIS.length][column(heading.actual)]);
  });

  it('gives the cumulative KPI its pace in the log, and leaves it blank for the others', () => {
    book = exampleWorkbook(lang);
    const [header, ...rows] = book.values(CHECKIN_SHEET_NAME[lang]);
    const pace = header.indexOf(lang === 'en' ? 'Pace' : 'Tempo');
    const paced = rows.filter((row) => typeof row[pace] === 'number');
    const cumulative = EXAMPLE_KPIS.filter((kpi) => kpi.kind === 'quantity').length;
    expect(paced).toHaveLength(cumulative * EXAMPLE_CHECK_INS.length);
  });
});

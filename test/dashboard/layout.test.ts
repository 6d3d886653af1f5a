import { describe, expect, it } from 'vitest';
import { callFunction } from '../../shared/functions/registry';
import { LANGS, type Lang, type Localized } from '../../shared/i18n/lang';
import {
  DASHBOARD_SHEET_NAME, MAX_CHARTS, MAX_VISUALS, planDashboard, type DashboardPlan,
} from '../../shared/dashboard/layout';
import { dashboardReads } from '../../shared/dashboard/run';
import { BASELINE_MONTHS, trackingLayout } from '../../shared/tracking/layout';
import type { TrackingPlan } from '../../shared/tracking/plan';
import { planTracking } from '../../shared/tracking/plan';
import type { TrackingSheetRead } from '../../shared/tracking/read';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { formulasOf } from '../../playground/track';
import { KPIS, applyPlan, reviewBook } from '../tracking/helpers';

const TODAY = '2027-03-31';

/** A tracking sheet as a host reads it: values as shown, formulas where there are some. */
const read = (book: PlaygroundWorkbook, sheetName: string): TrackingSheetRead =>
  ({ sheetName, values: book.values(sheetName), formulas: formulasOf(book, sheetName) });

function tracked(lang: Lang) {
  const setup = reviewBook(lang, KPIS);
  const plan = planTracking(setup.agreement(), setup.options) as TrackingPlan;
  applyPlan(setup.book, setup.review, plan);
  const tracking = plan.layout.sheetName;
  const dashboard = () => {
    const made = planDashboard([read(setup.book, tracking)], [], { lang, sheetNames: setup.book.sheetNames(), today: TODAY });
    if (!made.ok) throw new Error(made.message[lang]);
    return made;
  };
  return { ...setup, plan, tracking, dashboard };
}

/** A tracking sheet of `count` blocks typed by hand: more KPIs than a review table holds. */
function manyBlocks(lang: Lang, count: number): TrackingSheetRead {
  const kpis = Array.from({ length: count }, (_, i) => ({ reviewRow: i, name: `KPI ${i + 1}`, cumulative: true }));
  const layout = trackingLayout(kpis, { months: 12 }, { lang, reviewSheetName: 'Review', today: { year: 2027, month: 1 } });
  const book = PlaygroundWorkbook.withSheets([layout.spec]);
  return read(book, layout.sheetName);
}

describe.each(LANGS)('the dashboard (%s)', (lang) => {
  it('charts each KPI’s actual, target and rolling baseline over its block’s months, on the tracking sheet', () => {
    const { plan, tracking, dashboard } = tracked(lang);
    const { charts } = dashboard();
    expect(charts.map((chart) => chart.title)).toEqual(KPIS.map((kpi) => (kpi.kpi as Localized)[lang]));
    for (const [i, chart] of charts.entries()) {
      const block = plan.layout.blocks[i];
      expect(chart.sourceSheet).toBe(tracking);
      const rows = { row: block.firstMonthRow, rows: block.lastMonthRow - block.firstMonthRow + 1, columns: 1 };
      expect(chart.categories).toEqual({ ...rows, column: block.columns.month });
      expect(chart.series.map((series) => [series.role, series.range])).toEqual([
        ['actual', { ...rows, column: block.columns.actual }],
        ['target', { ...rows, column: block.columns.target }],
        ['baseline', { ...rows, column: block.columns.baseline }],
      ]);
    }
  });

  it('keeps to the guide’s 8 visuals: score, status table and at most 6 charts, every KPI in the table', () => {
    const made = planDashboard([manyBlocks(lang, 10)], [], { lang, sheetNames: [], today: TODAY }) as DashboardPlan;
    expect(made.charts).toHaveLength(MAX_CHARTS);
    expect(2 + made.charts.length).toBeLessThanOrEqual(MAX_VISUALS);
    expect(made.statusRows.count).toBe(10);
    // No two charts overlap: side by side, then a band lower.
    const spots = made.charts.map((chart) => `${chart.anchor.row}:${chart.anchor.column}`);
    expect(new Set(spots).size).toBe(spots.length);
    expect(made.charts.every((chart) => chart.anchor.row > made.statusRows.first + made.statusRows.count)).toBe(true);
  });

  it('shows the tracked numbers and the review’s score, and follows a typed actual', () => {
    const { book, plan, tracking, review, dashboard } = tracked(lang);
    const made = dashboard();
    const sheet = book.addTemplate(made.spec);
    expect(sheet).toBe(DASHBOARD_SHEET_NAME[lang]);
    const status = (kpi: number) => book.values(sheet)[made.statusRows.first + kpi];
    // Nothing typed: blank, never 0 or Red.
    expect(status(0).slice(1, 8)).toEqual(['', '', 200, '', '', '', '']);
    const [cases] = plan.layout.blocks;
    const type = (month: number, value: number) =>
      book.setInput(tracking, { row: cases.firstMonthRow + month, column: cases.columns.actual }, String(value));
    [150, 160, 170].forEach((value, month) => type(BASELINE_MONTHS + month, value));
    const row = status(0);
    expect(row[0]).toBe((KPIS[0].kpi as Localized)[lang]);
    expect(row[2]).toBe(170);
    expect(row[4]).toBe(callFunction('RAG', 170, 200, null, 'higher', lang));
    expect(row[5]).toBeCloseTo(10, 9);
    expect(row[7]).toBe(150 + 160 + 170);
    expect(typeof row[6]).toBe('number');
    const reviewScore = book.values(review).find((cells) => cells[0] === 'Weighted score' || cells[0] === 'Vægtet score')?.[1];
    expect(typeof reviewScore).toBe('number');
    expect(book.value(sheet, made.scoreCell)).toBe(reviewScore);
  });

  it('is rebuilt in its own sheet, not beside it, and never over a user’s sheet of the same name', () => {
    const { book, tracking, dashboard } = tracked(lang);
    const first = dashboard();
    book.addTemplate(first.spec);
    const again = planDashboard([read(book, tracking)], [{ sheetName: first.sheetName, values: book.values(first.sheetName) }],
      { lang, sheetNames: book.sheetNames(), today: TODAY }) as DashboardPlan;
    expect([again.ok, again.create, again.sheetName]).toEqual([true, false, first.sheetName]);
    const theirs = planDashboard([read(book, tracking)], [{ sheetName: first.sheetName, values: [['My own notes']] }],
      { lang, sheetNames: book.sheetNames(), today: TODAY }) as DashboardPlan;
    expect([theirs.create, theirs.sheetName]).toEqual([true, `${DASHBOARD_SHEET_NAME[lang]} (2)`]);
  });

  it('says what to do when there is nothing tracked', () => {
    const { book, review } = reviewBook(lang);
    const made = planDashboard([read(book, review)], [], { lang, sheetNames: book.sheetNames(), today: TODAY });
    expect(made.ok).toBe(false);
    expect(made.message[lang]).toMatch(lang === 'en' ? /Track this agreement/ : /Følg op på denne aftale/);
  });
});

describe('the sheets a host reads for the dashboard', () => {
  it('are the tracking sheets and the sheets that may hold an earlier dashboard, in either language', () => {
    expect(dashboardReads(['KPI Review', 'KPI tracking', 'KPI-opfølgning (2)', 'Overblik', 'Dashboard (3)', 'Dashboards'])).toEqual({
      tracking: ['KPI tracking', 'KPI-opfølgning (2)'], candidates: ['Overblik', 'Dashboard (3)'],
    });
  });
});

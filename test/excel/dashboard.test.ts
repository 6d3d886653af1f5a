import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../excel-addin/adapter/dashboard';
import { pointsFromPixels } from '../../excel-addin/adapter/looks';
import { DASHBOARD_SHEET_NAME, MAX_CHARTS, SERIES_LOOKS, planDashboard, type DashboardPlan } from '../../shared/dashboard/layout';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { a1Range, templateValues } from '../../shared/templates/grid';
import { renderFormula } from '../../shared/templates/formula';
import { trackingLayout } from '../../shared/tracking/layout';
import { planTracking, type TrackingPlan } from '../../shared/tracking/plan';
import { formulasOf } from '../../playground/track';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { applyPlan, reviewBook } from '../tracking/helpers';
import { FakeExcel, FakeSheet } from './fakes';
import { fakeSheetOf } from './from-playground';

const NOW = new Date(2027, 2, 31, 12);

/** The review and its tracking sheet, as Track this agreement leaves them, in a fake Excel. */
function tracked(lang: Lang) {
  const { book, review, agreement, options } = reviewBook(lang);
  const plan = planTracking(agreement(), options) as TrackingPlan;
  applyPlan(book, review, plan);
  const excel = new FakeExcel(fakeSheetOf(book, review), fakeSheetOf(book, plan.layout.sheetName));
  return { excel, book, plan, tracking: plan.layout.sheetName };
}

/** A fake Excel holding only a tracking sheet of `count` blocks. */
function withBlocks(lang: Lang, count: number) {
  const kpis = Array.from({ length: count }, (_, i) => ({ reviewRow: i, name: `KPI ${i + 1}`, cumulative: true }));
  const layout = trackingLayout(kpis, { months: 12 }, { lang, reviewSheetName: 'Review', today: { year: 2027, month: 1 } });
  const book = PlaygroundWorkbook.withSheets([layout.spec]);
  return new FakeExcel(fakeSheetOf(book, layout.sheetName));
}

describe.each(LANGS)('the dashboard in Excel (%s)', (lang) => {
  it('writes the plan’s cells and a line chart per KPI over the tracking sheet’s own ranges', async () => {
    const { excel, book, tracking } = tracked(lang);
    const result = await buildDashboard(excel.context, lang, NOW);
    expect(result.sheetName).toBe(DASHBOARD_SHEET_NAME[lang]);
    const expected = planDashboard([{ sheetName: tracking, values: book.values(tracking), formulas: formulasOf(book, tracking) }], [],
      { lang, sheetNames: book.sheetNames(), today: '2027-03-31' }) as DashboardPlan;
    const dashboard = excel.sheet(result.sheetName);
    const written = templateValues(expected.spec, 'excel');
    written.forEach((line, r) => line.forEach((value, c) => {
      if (value !== '') expect(dashboard.peek(r, c)?.input).toBe(value);
    }));
    expect(dashboard.charts).toHaveLength(expected.charts.length);
    for (const [i, chart] of dashboard.charts.entries()) {
      const plan = expected.charts[i];
      expect(chart).toMatchObject({ type: 'Line', title: plan.title, legendPosition: 'Bottom', position: `${'AD'[plan.anchor.column / 3]}${plan.anchor.row + 1}` });
      expect(chart.width).toBe(pointsFromPixels(plan.width));
      expect(chart.series.map((series) => [series.name, series.values, series.xValues, series.color, series.lineStyle])).toEqual(
        plan.series.map((series) => [series.name, `${tracking}!${a1Range(series.range)}`, `${tracking}!${a1Range(plan.categories)}`,
          SERIES_LOOKS[series.role].color, SERIES_LOOKS[series.role].dashed ? 'Dash' : undefined]));
    }
    // The score is the review's, found by its label.
    expect(String(dashboard.peek(expected.scoreCell.row, expected.scoreCell.column)?.input)).toContain(renderFormula('MATCH(', 'excel'));
    expect(excel.active.name).toBe(result.sheetName);
    expect(excel.unsynced).toBe(0);
  });

  it('takes 3 syncs, for 3 KPIs as for 10', async () => {
    const syncs = async (count: number) => {
      const excel = withBlocks(lang, count);
      await buildDashboard(excel.context, lang, NOW);
      expect(excel.sheet(DASHBOARD_SHEET_NAME[lang]).charts).toHaveLength(Math.min(count, MAX_CHARTS));
      return excel.syncs;
    };
    expect(await syncs(3)).toBe(3);
    expect(await syncs(10)).toBe(3);
  });

  it('rebuilds its own dashboard in place: the same sheet, its charts replaced, not added to', async () => {
    const { excel } = tracked(lang);
    const { sheetName } = await buildDashboard(excel.context, lang, NOW);
    const dashboard = excel.sheet(sheetName);
    const charts = dashboard.charts.length;
    dashboard.cell(40, 7).input = 'left over';
    const again = await buildDashboard(excel.context, lang, NOW);
    expect(again.sheetName).toBe(sheetName);
    expect(excel.sheets).toHaveLength(3);
    expect(dashboard.charts).toHaveLength(charts);
    expect(dashboard.peek(40, 7)).toBeUndefined();
    expect(again.message).toMatch(lang === 'en' ? /Rebuilt/ : /igen/);
  });

  it('never writes over a user’s own sheet that has the dashboard’s name', async () => {
    const { excel } = tracked(lang);
    const theirs = new FakeSheet(DASHBOARD_SHEET_NAME[lang]).seed([['My own notes']]);
    excel.sheets.push(theirs);
    const before = theirs.snapshot();
    const result = await buildDashboard(excel.context, lang, NOW);
    expect(result.sheetName).toBe(`${DASHBOARD_SHEET_NAME[lang]} (2)`);
    expect(theirs.snapshot()).toEqual(before);
    expect(theirs.charts).toHaveLength(0);
  });

  it('refuses, in words, without a tracking sheet, and writes nothing', async () => {
    const excel = new FakeExcel(new FakeSheet('Sheet1'));
    await expect(buildDashboard(excel.context, lang, NOW)).rejects.toThrow(lang === 'en' ? /Track this agreement/ : /Følg op på denne aftale/);
    expect(excel.sheets).toHaveLength(1);
  });
});

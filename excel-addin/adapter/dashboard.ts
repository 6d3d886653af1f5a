/// <reference types="office-js" />
import { SERIES_LOOKS, type DashboardChart } from '../../shared/dashboard/layout';
import { dashboardReads, planFromReads, type DashboardResult } from '../../shared/dashboard/run';
import type { Lang } from '../../shared/i18n/lang';
import { a1Range } from '../../shared/templates/grid';
import { cellAddress } from '../../shared/workbook';
import { pointsFromPixels } from './looks';
import { queueTrackingReads } from './read';
import { writeTemplate } from './write-template';

/**
 * "Build the dashboard": three syncs however many KPIs. One reads the sheet names; one the tracking
 * sheets' used ranges (values for the names shown, formulas for the month rows and the review
 * links) and, of each sheet that may be an earlier dashboard, its A1 and its charts; one writes.
 * A rebuild clears the earlier dashboard and deletes its charts first, so nothing is doubled.
 */
export async function buildDashboard(context: Excel.RequestContext, lang: Lang, now: Date): Promise<DashboardResult> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const sheetNames = sheets.items.map((sheet) => sheet.name);
  const reads = dashboardReads(sheetNames);
  const tracking = queueTrackingReads(context, reads.tracking);
  const candidates = reads.candidates.map((sheetName) => {
    const sheet = sheets.getItem(sheetName);
    const corner = sheet.getRange('A1');
    corner.load('values');
    sheet.charts.load('items/name');
    return { sheetName, sheet, corner };
  });
  await context.sync();

  const plan = planFromReads(tracking(), candidates.map(({ sheetName, corner }) => ({ sheetName, values: corner.values })), sheetNames, lang, now);
  const earlier = candidates.find((candidate) => candidate.sheetName === plan.sheetName);
  let dashboard: Excel.Worksheet;
  if (plan.create || !earlier) {
    dashboard = sheets.add(plan.sheetName);
  } else {
    dashboard = earlier.sheet;
    for (const chart of earlier.sheet.charts.items) chart.delete();
    // Everything the last build wrote: values, formats, dropdowns and RAG rules.
    const whole = dashboard.getRange();
    whole.clear('All');
    whole.dataValidation.clear();
    whole.conditionalFormats.clearAll();
  }
  writeTemplate(dashboard, plan.spec);
  for (const chart of plan.charts) addChart(dashboard, sheets.getItem(chart.sourceSheet), chart);
  dashboard.activate();
  await context.sync();
  return { sheetName: plan.sheetName, message: plan.message[lang] };
}

/**
 * A line chart over the tracking sheet's own ranges, so it follows each typed actual: made from
 * the actual column, then the target and baseline added as series (ExcelApi 1.7), all over the
 * months as categories.
 */
function addChart(dashboard: Excel.Worksheet, source: Excel.Worksheet, chart: DashboardChart): void {
  const [first, ...rest] = chart.series;
  const added = dashboard.charts.add('Line', source.getRange(a1Range(first.range)), 'Columns');
  added.title.text = chart.title;
  added.legend.position = 'Bottom';
  const months = source.getRange(a1Range(chart.categories));
  const style = (series: Excel.ChartSeries, role: keyof typeof SERIES_LOOKS, name: string) => {
    series.name = name;
    series.setXAxisValues(months);
    series.format.line.color = SERIES_LOOKS[role].color;
    if (SERIES_LOOKS[role].dashed) series.format.line.lineStyle = 'Dash';
  };
  style(added.series.getItemAt(0), first.role, first.name);
  for (const series of rest) {
    const more = added.series.add(series.name);
    more.setValues(source.getRange(a1Range(series.range)));
    style(more, series.role, series.name);
  }
  added.setPosition(cellAddress(chart.anchor.row, chart.anchor.column));
  added.width = pointsFromPixels(chart.width);
  added.height = pointsFromPixels(chart.height);
}

import type { Lang } from '../../shared/i18n/lang';
import { SERIES_LOOKS, type ChartSeries, type DashboardChart } from '../../shared/dashboard/layout';
import { dashboardReads, planFromReads, type DashboardResult } from '../../shared/dashboard/run';
import type { CellRange } from '../../shared/templates/spec';
import type { ChartsService, Sheet, Spreadsheet, SpreadsheetService } from './types';
import { sheetsByName, trackingReads } from './read';
import { writeTemplateAt } from './write-template';

/**
 * "Build the dashboard" from the tracking sheets. Calls follow the sheets and the charts, never the
 * KPIs beyond the plan's at most 6 charts: one data-range read of values and formulas per tracking
 * sheet, one of values per sheet that may be an earlier dashboard, the status table in the
 * template's batched writes, then one chart builder per chart. The values are read as Sheets hands
 * them over (dates as `Date`s): the plan reads only names, labels and titles from them.
 */
export function buildDashboard(
  app: SpreadsheetService, charts: ChartsService, spreadsheet: Spreadsheet, lang: Lang, now: Date,
): DashboardResult {
  const sheets = sheetsByName(spreadsheet);
  const sheetNamed = (name: string): Sheet => {
    const sheet = sheets.get(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  const sheetNames = [...sheets.keys()];
  const tracking = trackingReads(sheets);
  const candidates = dashboardReads(sheetNames).candidates.map((sheetName) => ({ sheetName, values: sheetNamed(sheetName).getDataRange().getValues() }));
  const plan = planFromReads(tracking, candidates, sheetNames, lang, now);

  const dashboard = plan.create ? spreadsheet.insertSheet(plan.sheetName, spreadsheet.getNumSheets()) : sheetNamed(plan.sheetName);
  if (!plan.create) clearDashboard(dashboard);
  writeTemplateAt(app, dashboard, plan.spec, 0);
  for (const chart of plan.charts) dashboard.insertChart(lineChart(charts, dashboard, sheetNamed(chart.sourceSheet), chart));
  dashboard.activate();
  return { sheetName: plan.sheetName, message: plan.message[lang] };
}

/**
 * An earlier dashboard emptied as a new sheet is. `clear` takes contents and formats, so the
 * dropdowns (over the whole grid, not only the template's rectangle) and the charts go by their
 * own calls. The conditional rules need none whatever `clear` does to them: the template's
 * write replaces the sheet's rules.
 */
function clearDashboard(sheet: Sheet): void {
  sheet.clear();
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/** Google Charts' dash pattern for a dashed line: 4 px dash, 4 px gap. */
const DASHES = [4, 4];

/**
 * One KPI's line chart on the dashboard over ranges of its tracking sheet: the months first (the
 * domain), then one range per series, merged by column. The ranges hold no header row, so none is
 * taken as one (Sheets would otherwise guess) and the series are named by the plan.
 */
function lineChart(charts: ChartsService, dashboard: Sheet, source: Sheet, chart: DashboardChart): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const range = (cells: CellRange) => source.getRange(cells.row + 1, cells.column + 1, cells.rows, cells.columns);
  const builder = dashboard.newChart().setChartType(charts.ChartType.LINE).addRange(range(chart.categories));
  for (const series of chart.series) builder.addRange(range(series.range));
  return builder
    .setNumHeaders(0)
    .setOption('title', chart.title)
    .setOption('legend', { position: 'bottom' })
    .setOption('series', Object.fromEntries(chart.series.map((series, index) => [index, seriesOption(series)])))
    .setOption('width', chart.width)
    .setOption('height', chart.height)
    .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
    .build();
}

function seriesOption(series: ChartSeries): { color: string; labelInLegend: string; lineDashStyle?: number[] } {
  const look = SERIES_LOOKS[series.role];
  return { color: look.color, labelInLegend: series.name, ...(look.dashed ? { lineDashStyle: DASHES } : {}) };
}

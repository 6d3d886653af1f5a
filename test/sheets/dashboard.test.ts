import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../sheets-addon/adapter/dashboard';
import type { ChartsService, Spreadsheet, SpreadsheetService } from '../../sheets-addon/adapter/types';
import { DASHBOARD_SHEET_NAME, MAX_CHARTS, SERIES_LOOKS } from '../../shared/dashboard/layout';
import { LANGS, type Lang, type Localized } from '../../shared/i18n/lang';
import { MONTH_HEADERS } from '../../shared/tracking/layout';
import type { FoundBlock } from '../../shared/tracking/read';
import { columnLetters } from '../../shared/workbook';
import { KPIS, reviewBook } from '../tracking/helpers';
import { loadCode } from './code';
import { fakeAppsScript, type Call } from './fakes';
import { trackedBlocks, trackedReview, type Apps } from './tracked';

const NOW = new Date(2027, 2, 31, 12);

const build = (apps: Apps, lang: Lang) => buildDashboard(
  apps.globals.SpreadsheetApp as unknown as SpreadsheetService, apps.globals.Charts as unknown as ChartsService,
  apps.spreadsheet as unknown as Spreadsheet, lang, NOW);

/** The 1-based A1 range of a block's month rows in one column. */
const monthColumn = (block: FoundBlock, column: number) =>
  `${columnLetters(column)}${block.firstMonthRow + 1}:${columnLetters(column)}${block.lastMonthRow + 1}`;

/** `$F$7`: a summary cell as the status table refers to it. */
const fixedRef = (cell: { row: number; column: number }) => `$${columnLetters(cell.column)}$${cell.row + 1}`;

describe.each(LANGS)('Build the dashboard in Sheets (%s)', (lang) => {
  it('writes the review’s score and a status row per KPI over its block’s summary cells, and shows the sheet', () => {
    const { apps, review, tracking, blocks } = trackedReview(lang);
    const result = build(apps, lang);
    expect(result.sheetName).toBe(DASHBOARD_SHEET_NAME[lang]);
    const dashboard = apps.spreadsheet.sheet(result.sheetName);
    expect(apps.spreadsheet.active).toBe(dashboard);
    const formulas = dashboard.getDataRange().getFormulas();
    expect(formulas.flat().filter((formula) => formula.includes(`'${review}'!`))).toHaveLength(1);
    const status = formulas.filter((row) => row[0].startsWith(`=T('${tracking}'!`));
    expect(status.map((row) => row[0])).toEqual(blocks.map((block) => `=T('${tracking}'!${fixedRef(block.summary.name)})`));
    for (const [i, block] of blocks.entries()) {
      expect(status[i][2]).toContain(`'${tracking}'!${fixedRef(block.summary.latestActual)}`);
      expect(status[i][4]).toBe(`=T('${tracking}'!${fixedRef(block.summary.latestRag)})`);
      // Sheets' own name for the trend function, over the block's actuals.
      expect(status[i][5]).toContain(`KPI_TREND('${tracking}'!${monthColumn(block, block.columns.actual)}`);
    }
    expect(dashboard.conditionalRules.length).toBeGreaterThan(0);
    expect(result.message).toContain(`${blocks.length}`);
  });

  it('draws a line chart per KPI of its months, actual, target and baseline on the tracking sheet, as SERIES_LOOKS says, below the table', () => {
    const { apps, tracking, blocks } = trackedReview(lang);
    const dashboard = apps.spreadsheet.sheet(build(apps, lang).sheetName);
    expect(dashboard.charts).toHaveLength(blocks.length);
    const contents = dashboard.snapshot();
    const chartsNoteRow = contents.findIndex((row) => /^(Charts|Diagrammer):/.test(String(row[0]))) + 1;
    const lastStatusRow = dashboard.getDataRange().getFormulas().map((row) => row[0].startsWith('=T(')).lastIndexOf(true) + 1;
    for (const [i, block] of blocks.entries()) {
      const { state } = dashboard.charts[i];
      expect(state.chartType).toBe('LINE');
      expect(state.ranges.map((range) => `${range.sheet.name}!${range.a1}`)).toEqual(
        [block.columns.month, block.columns.actual, block.columns.target, block.columns.baseline].map((column) => `${tracking}!${monthColumn(block, column)}`));
      expect(state.numHeaders).toBe(0);
      expect(state.options.title).toBe((KPIS[i].kpi as Localized)[lang]);
      expect(state.options.legend).toEqual({ position: 'bottom' });
      expect(state.options.series).toEqual({
        0: { color: SERIES_LOOKS.actual.color, labelInLegend: MONTH_HEADERS[block.columns.actual][lang] },
        1: { color: SERIES_LOOKS.target.color, labelInLegend: MONTH_HEADERS[block.columns.target][lang], lineDashStyle: [4, 4] },
        2: { color: SERIES_LOOKS.baseline.color, labelInLegend: MONTH_HEADERS[block.columns.baseline][lang] },
      });
      expect(state.options.width).toBeGreaterThan(0);
      expect(state.options.height).toBeGreaterThan(0);
    }
    // Side by side on the row below the charts' note, under the status table.
    const positions = dashboard.charts.map(({ state }) => state.position);
    expect(positions.map((position) => position?.row)).toEqual([chartsNoteRow + 1, chartsNoteRow + 1]);
    expect(positions[0]).toMatchObject({ column: 1, offsetX: 0, offsetY: 0 });
    expect(positions[1]!.column).toBeGreaterThan(1);
    expect(chartsNoteRow).toBeGreaterThan(lastStatusRow);
  });

  it('rebuilds its own sheet in place: cleared of what was added, its charts replaced, none twice', () => {
    const { apps } = trackedReview(lang);
    const { sheetName } = build(apps, lang);
    const dashboard = apps.spreadsheet.sheet(sheetName);
    const first = { contents: dashboard.snapshot(), rules: dashboard.conditionalRules.length, charts: dashboard.charts.map((chart) => chart.id) };
    dashboard.getRange(60, 12).setValues([['typed below']]);
    dashboard.setValidation(61, 12, { kind: 'a dropdown of the user' });
    dashboard.setConditionalFormatRules([...dashboard.conditionalRules, { kind: 'a rule of the user' }]);
    const again = build(apps, lang);
    expect(again.sheetName).toBe(sheetName);
    expect(again.message).toMatch(lang === 'en' ? /^Rebuilt/ : / igen:/);
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith(DASHBOARD_SHEET_NAME[lang]))).toEqual([sheetName]);
    expect(dashboard.snapshot()).toEqual(first.contents);
    expect(dashboard.validationAt(61, 12)).toBeNull();
    expect(dashboard.conditionalRules).toHaveLength(first.rules);
    expect(dashboard.charts).toHaveLength(first.charts.length);
    expect(dashboard.charts.map((chart) => chart.id).some((id) => first.charts.includes(id))).toBe(false);
  });

  it('never touches a user’s own sheet of the same name: the dashboard gets a name of its own', () => {
    const theirs = DASHBOARD_SHEET_NAME[lang];
    const { apps } = trackedReview(lang, { [theirs]: [['My own notes'], [42]] });
    apps.recorder.clear();
    const result = build(apps, lang);
    expect(result.sheetName).toBe(`${theirs} (2)`);
    expect(apps.spreadsheet.sheet(theirs).snapshot()).toEqual([['My own notes'], [42]]);
    const onTheirs = apps.recorder.calls.filter((call: Call) => call.target === `Sheet(${theirs})` || call.target.startsWith(`Range(${theirs}!`));
    expect(new Set(onTheirs.map((call) => call.method))).toEqual(new Set(['getName', 'getDataRange', 'getValues']));
  });

  it('refuses without a tracking sheet, says why, and writes nothing', () => {
    const { book, review } = reviewBook(lang, KPIS);
    const apps = fakeAppsScript({ sheets: { [review]: book.values(review) } });
    expect(() => build(apps, lang)).toThrow(lang === 'en' ? /run Track this agreement/ : /kør Følg op på denne aftale/);
    expect(apps.spreadsheet.sheets).toHaveLength(1);
    expect(apps.recorder.names().filter((name) => /\.(set|insert|clear|newChart|activate)/.test(name))).toEqual([]);
  });
});

describe('the dashboard’s calls in Sheets', () => {
  /** The calls of one build over `count` blocks, and which of them build charts. */
  function callsFor(count: number) {
    const { apps, tracking } = trackedBlocks('en', count);
    apps.recorder.clear();
    build(apps, 'en');
    const name = (call: Call) => `${call.target.replace(/\(.*$/, '')}.${call.method}`;
    const buildsChart = (call: Call) => call.target.startsWith('ChartBuilder(') || ['newChart', 'insertChart'].includes(call.method)
      || (call.target === `Sheet(${tracking})` && call.method === 'getRange');
    return {
      all: apps.recorder.calls.map(name),
      charts: apps.recorder.calls.filter(buildsChart).map(name),
      rest: apps.recorder.calls.filter((call) => !buildsChart(call)).map(name),
      dashboard: apps.spreadsheet.sheet(DASHBOARD_SHEET_NAME.en),
    };
  }

  it('reads the tracking sheet once, values and formulas', () => {
    const { rest } = callsFor(3);
    expect(rest.filter((name) => name === 'Range.getValues')).toHaveLength(1);
    expect(rest.filter((name) => name === 'Range.getFormulas')).toHaveLength(1);
  });

  it('makes as many calls for 10 KPIs as for 6: every KPI in the table, charts for the first 6', () => {
    const six = callsFor(6);
    const ten = callsFor(10);
    expect(ten.all).toEqual(six.all);
    expect(ten.dashboard.charts).toHaveLength(MAX_CHARTS);
    const statusRows = ten.dashboard.getDataRange().getFormulas().filter((row) => row[0].startsWith('=T('));
    expect(statusRows).toHaveLength(10);
  });

  it('makes the same calls for 3 KPIs but for the 3 chart builds fewer', () => {
    const three = callsFor(3);
    const six = callsFor(6);
    expect(three.rest).toEqual(six.rest);
    expect(three.dashboard.charts).toHaveLength(3);
    expect(six.charts).toEqual([...three.charts, ...three.charts]);
  });
});

describe('the fake’s embedded charts', () => {
  const sheets = () => {
    const apps = fakeAppsScript({ sheets: { Data: [['Month', 'Actual'], [1, 10], [2, 12]], Charts: [] } });
    return { data: apps.spreadsheet.sheet('Data'), charts: apps.spreadsheet.sheet('Charts') };
  };

  it('builds a chart on no sheet until inserted, over ranges of another sheet, a range added twice kept once', () => {
    const { data, charts } = sheets();
    const chart = charts.newChart().setChartType('LINE').addRange(data.getRange(1, 1, 3, 1)).addRange(data.getRange(1, 1, 3, 1))
      .addRange(data.getRange(1, 2, 3, 1)).setPosition(2, 3, 0, 0).build();
    expect(chart.getChartId()).toBeNull();
    expect(chart.getRanges().map((range) => `${range.sheet.name}!${range.a1}`)).toEqual(['Data!A1:A3', 'Data!B1:B3']);
    charts.insertChart(chart);
    const [inserted] = charts.getCharts();
    expect(inserted.getChartId()).not.toBeNull();
    expect([inserted.getContainerInfo().getAnchorRow(), inserted.getContainerInfo().getAnchorColumn()]).toEqual([2, 3]);
    expect(() => charts.newChart().setPosition(0, 1, 0, 0)).toThrow(/bad chart position/);
  });

  it('updates a chart in place through modify() and updateChart, and removes only a chart on the sheet', () => {
    const { data, charts } = sheets();
    charts.insertChart(charts.newChart().addRange(data.getRange(1, 1, 3, 2)).setOption('title', 'Before').build());
    const [chart] = charts.getCharts();
    charts.updateChart(chart.modify().setOption('title', 'After').build());
    expect(charts.getCharts().map((on) => [on.getChartId(), on.getOptions().get('title')])).toEqual([[chart.getChartId(), 'After']]);
    expect(() => data.removeChart(chart)).toThrow(/not on Data/);
    charts.removeChart(chart);
    expect(charts.getCharts()).toEqual([]);
  });
});

describe('Build the dashboard from the Sheets menu', () => {
  it('builds it and says what it did in a dialog', () => {
    const { apps } = trackedReview('en');
    loadCode(apps.globals).buildDashboardFromMenu();
    expect(apps.spreadsheet.active.name).toBe(DASHBOARD_SHEET_NAME.en);
    expect(apps.spreadsheet.active.charts).toHaveLength(KPIS.length);
    expect(apps.ui.alerts).toEqual([`Built “${DASHBOARD_SHEET_NAME.en}”: the score, 2 KPIs in the status table and 2 charts.`]);
  });

  it('shows why not when nothing is tracked', () => {
    const { book, review } = reviewBook('en', KPIS);
    const apps = fakeAppsScript({ sheets: { [review]: book.values(review) } });
    loadCode(apps.globals).buildDashboardFromMenu();
    expect(apps.ui.alerts).toEqual([expect.stringContaining('run Track this agreement from the review first')]);
  });
});

import type { Lang, Localized } from '../i18n/lang';
import { FORMATS, SheetBuilder, computed, header, label, note, title, type Cell } from '../templates/grid';
import { SCORE_LABEL } from '../templates/review';
import type { CellRange, TemplateSpec } from '../templates/spec';
import { MONTH_HEADERS, sheetRef, type CellRef } from '../tracking/layout';
import { reviewLinkOf } from '../tracking/plan';
import { findTrackingBlocks, type FoundBlock, type TrackingSheetRead } from '../tracking/read';
import { columnLetters, isNumberedName, rangeAddress, uniqueSheetName } from '../workbook';

/**
 * The dashboard, as data: the weighted score, a status table of every tracked KPI and a chart per
 * KPI of actual against target over the months with the rolling baseline. The guide asks for at
 * most 6-8 visualisations on a screen, so the score and the table leave room for 6 charts; every
 * KPI stays in the table. Cells and charts refer to the tracking sheet, so the dashboard follows
 * each typed actual; building it again picks up KPIs added since, in the same sheet.
 */

export const DASHBOARD_SHEET_NAME: Localized = { en: 'Dashboard', da: 'Overblik' };

/** The guide's ceiling on visualisations per screen: score, status table and the charts. */
export const MAX_VISUALS = 8;
export const MAX_CHARTS = MAX_VISUALS - 2;

export type SeriesRole = 'actual' | 'target' | 'baseline';

/** How each series looks, in every host: actual a solid dark line, target dashed grey, baseline orange. */
export const SERIES_LOOKS: Record<SeriesRole, { readonly color: string; readonly dashed: boolean }> = {
  actual: { color: '#1F4E79', dashed: false },
  target: { color: '#595959', dashed: true },
  baseline: { color: '#C55A11', dashed: false },
};

export interface ChartSeries {
  readonly role: SeriesRole;
  readonly name: string;
  /** One column of the source sheet, the months' rows. */
  readonly range: CellRange;
}

/** A line chart of one KPI: the months of its block on `sourceSheet` as categories. */
export interface DashboardChart {
  readonly title: string;
  readonly sourceSheet: string;
  readonly categories: CellRange;
  readonly series: readonly ChartSeries[];
  /** The dashboard cell its top-left corner stands on, and its size in pixels. */
  readonly anchor: CellRef;
  readonly width: number;
  readonly height: number;
}

export interface DashboardPlan {
  readonly ok: true;
  readonly sheetName: string;
  /** False when an earlier dashboard is rebuilt in place: clear it, its charts included, then write. */
  readonly create: boolean;
  readonly spec: TemplateSpec;
  readonly charts: readonly DashboardChart[];
  /** The score cell, the status table's rows: for a host that checks or selects them. */
  readonly scoreCell: CellRef;
  readonly statusRows: { readonly first: number; readonly count: number };
  readonly message: Localized;
}

export interface DashboardRefusal {
  readonly ok: false;
  readonly message: Localized;
}

/** A sheet that may be an earlier dashboard: its used values from A1 (the title tells). */
export interface DashboardCandidate {
  readonly sheetName: string;
  readonly values: readonly (readonly unknown[])[];
}

export interface DashboardOptions {
  readonly lang: Lang;
  /** Every sheet of the workbook: a new dashboard takes a name none has. */
  readonly sheetNames: readonly string[];
  /** Today, ISO: the note says when the charts were last laid out. */
  readonly today: string;
}

const TEXT = {
  title: { en: 'KPI dashboard', da: 'KPI-overblik' },
  note: {
    en: 'The numbers follow the tracking sheet as actuals are typed. Build the dashboard again after adding KPIs; it was laid out on',
    da: 'Tallene følger opfølgningsarket, efterhånden som de faktiske tal skrives ind. Byg overblikket igen, når der kommer KPI’er til; det blev lagt op den',
  },
  scoreNote: {
    en: 'From the review’s score row: each KPI’s attainment weighted by its Weight.',
    da: 'Fra samtalearkets scorerække: hver KPI’s målopfyldelse vægtet efter dens Vægt.',
  },
  noReview: {
    en: 'No review is linked to the tracking sheet: run Track this agreement from the review to show its score here.',
    da: 'Intet samtaleark er knyttet til opfølgningsarket: kør Følg op på denne aftale fra samtalearket for at vise scoren her.',
  },
  chartsNote: {
    en: 'Charts: actual, target and rolling baseline per month, for the first 6 KPIs; every KPI is in the table.',
    da: 'Diagrammer: faktisk, mål og rullende baseline pr. måned for de første 6 KPI’er; alle KPI’er står i tabellen.',
  },
} satisfies Record<string, Localized>;

const STATUS_HEADERS: readonly Localized[] = [
  { en: 'KPI', da: 'KPI' },
  { en: 'Latest month', da: 'Seneste måned' },
  { en: 'Latest actual', da: 'Seneste faktiske' },
  { en: 'Target', da: 'Mål' },
  { en: 'RAG', da: 'RAG' },
  { en: 'Trend per month', da: 'Tendens pr. måned' },
  { en: 'Pace', da: 'Tempo' },
  { en: 'Year to date', da: 'År til dato' },
];
const WIDTHS = [220, 100, 100, 90, 80, 110, 80, 110];
const RAG_COLUMN = 4;

/** Months TREND looks back over: the last half-year with an actual. */
const TREND_MONTHS = 6;

/** Two charts side by side, each over half the table's width, in bands of rows. */
const CHART_COLUMNS = [0, 3];
const CHART_WIDTH = 410;
const CHART_HEIGHT = 250;
/** Rows from one band of charts to the next: more than a chart's height in either host's default rows. */
export const CHART_BAND_ROWS = 14;

const MESSAGES = {
  noBlocks: {
    en: 'There is no tracking sheet with KPI blocks to build a dashboard from: run Track this agreement from the review first.',
    da: 'Der er intet opfølgningsark med KPI-blokke at bygge et overblik af: kør Følg op på denne aftale fra samtalearket først.',
  },
} satisfies Record<string, Localized>;

/** The sheets a host reads before planning: those that may hold an earlier dashboard. */
export const isDashboardSheetName = (name: string): boolean => isNumberedName(name, DASHBOARD_SHEET_NAME);

const isDashboard = (candidate: DashboardCandidate): boolean =>
  Object.values(TEXT.title).includes(String(candidate.values[0]?.[0] ?? ''));

/** The dashboard of the KPIs on `tracking`, over an earlier one when `candidates` hold it. */
export function planDashboard(
  tracking: readonly TrackingSheetRead[], candidates: readonly DashboardCandidate[], options: DashboardOptions,
): DashboardPlan | DashboardRefusal {
  const blocks = tracking.flatMap((sheet) => findTrackingBlocks(sheet).map((block) => ({ sheet: sheet.sheetName, block })));
  if (blocks.length === 0) return { ok: false, message: MESSAGES.noBlocks };
  const { lang } = options;
  const earlier = candidates.find(isDashboard);
  const sheetName = earlier?.sheetName ?? uniqueSheetName(DASHBOARD_SHEET_NAME[lang], options.sheetNames);

  const sheet = new SheetBuilder(WIDTHS);
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(`${TEXT.note[lang]} ${options.today}.`));
  sheet.blankRow();
  const review = linkedReview(tracking);
  const scoreRow = sheet.row(
    label(SCORE_LABEL[lang]),
    review ? computed(scoreLookup(review), FORMATS.percent) : note(TEXT.noReview[lang]),
    ...(review ? [note(TEXT.scoreNote[lang])] : []),
  );
  sheet.blankRow();
  sheet.row(...STATUS_HEADERS.map((text) => header(text[lang])));
  const firstStatusRow = sheet.nextRow;
  for (const { sheet: source, block } of blocks) sheet.row(...statusCells(source, block));
  sheet.ragFills({ row: firstStatusRow, column: RAG_COLUMN, rows: blocks.length, columns: 1 });
  sheet.blankRow();
  sheet.row(note(TEXT.chartsNote[lang]));
  const firstChartRow = sheet.nextRow;

  const charts = blocks.slice(0, MAX_CHARTS).map(({ sheet: source, block }, index): DashboardChart => ({
    title: block.name,
    sourceSheet: source,
    categories: monthRows(block, block.columns.month),
    series: [
      { role: 'actual', name: MONTH_HEADERS[block.columns.actual][lang], range: monthRows(block, block.columns.actual) },
      { role: 'target', name: MONTH_HEADERS[block.columns.target][lang], range: monthRows(block, block.columns.target) },
      { role: 'baseline', name: MONTH_HEADERS[block.columns.baseline][lang], range: monthRows(block, block.columns.baseline) },
    ],
    anchor: { row: firstChartRow + Math.floor(index / CHART_COLUMNS.length) * CHART_BAND_ROWS, column: CHART_COLUMNS[index % CHART_COLUMNS.length] },
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  }));

  const kpis = blocks.length;
  const charted = charts.length;
  const message: Localized = {
    en: `${earlier ? 'Rebuilt' : 'Built'} “${sheetName}”: the score, ${kpis} ${kpis === 1 ? 'KPI' : 'KPIs'} in the status table and ${charted} ${charted === 1 ? 'chart' : 'charts'}.`,
    da: `Byggede »${sheetName}«${earlier ? ' igen' : ''}: scoren, ${kpis} ${kpis === 1 ? 'KPI' : 'KPI’er'} i statustabellen og ${charted} ${charted === 1 ? 'diagram' : 'diagrammer'}.`,
  };
  return {
    ok: true,
    sheetName,
    create: earlier === undefined,
    spec: sheet.build({ id: 'dashboard', lang, sheetName, frozenRows: 0 }),
    charts,
    scoreCell: { row: scoreRow, column: 1 },
    statusRows: { first: firstStatusRow, count: kpis },
    message,
  };
}

/** The review the tracking blocks' names link to: the first such link on the sheets read. */
function linkedReview(tracking: readonly TrackingSheetRead[]): string | undefined {
  for (const sheet of tracking) {
    for (const row of sheet.formulas ?? []) {
      const link = reviewLinkOf(row[0]);
      if (link) return link.sheetName;
    }
  }
  return undefined;
}

/** The review's score, found by its row's label in either language, so a moved score row still reads. */
function scoreLookup(reviewSheet: string): string {
  const sheet = sheetRef(reviewSheet);
  const lookup = (text: string) => `INDEX(${sheet}$B:$B,MATCH("${text.replace(/"/g, '""')}",${sheet}$A:$A,0))`;
  return `=IFERROR(${lookup(SCORE_LABEL.en)},IFERROR(${lookup(SCORE_LABEL.da)},""))`;
}

const monthRows = (block: FoundBlock, column: number): CellRange =>
  ({ row: block.firstMonthRow, column, rows: block.lastMonthRow - block.firstMonthRow + 1, columns: 1 });

/** One KPI's row: its block's summary cells, blank (not 0) where they are, and its trend. */
function statusCells(sourceSheet: string, block: FoundBlock): Cell[] {
  const ref = (cell: CellRef) => `${sheetRef(sourceSheet)}$${columnLetters(cell.column)}$${cell.row + 1}`;
  const shown = (cell: CellRef, numberFormat: string) => computed(`=IF(${ref(cell)}="","",${ref(cell)})`, numberFormat);
  const { summary } = block;
  const actuals = `${sheetRef(sourceSheet)}${rangeAddress(block.firstMonthRow, block.columns.actual, block.lastMonthRow - block.firstMonthRow + 1, 1)}`;
  return [
    computed(`=T(${ref(summary.name)})`),
    shown(summary.latestMonth, FORMATS.month),
    shown(summary.latestActual, FORMATS.number),
    shown(summary.target, FORMATS.number),
    computed(`=T(${ref(summary.latestRag)})`),
    computed(`=IF(COUNT(${actuals})<2,"",{TREND}(${actuals},${TREND_MONTHS}))`, FORMATS.change),
    shown(summary.latestPace, FORMATS.percent),
    shown(summary.latestYtd, FORMATS.number),
  ];
}


import type { Agreement, KpiRow } from '../agreement/schema';
import { DIRECTION_VALUES, type ColumnKey } from '../agreement/columns';
import type { Lang, Localized } from '../i18n/lang';
import { ragFormula } from '../functions/rag';
import {
  FORMATS, SheetBuilder, cellRange, computed, header, input, label, labelsOf, note, spilled, title,
  type Cell,
} from '../templates/grid';
import type { TemplateCell, TemplateSpec } from '../templates/spec';
import { cellAddress, columnLetters, rangeAddress } from '../workbook';
import { YEAR_MONTHS, serialOfMonth, trackedPeriod, type TrackedPeriod, type YearMonth } from './months';

/**
 * The tracking sheet built from an agreement, as data: one block per KPI, stacked top to bottom so
 * a KPI added later gets a block below the others and nothing typed moves. Each block's name,
 * target and direction are formulas over the review, so a rename there shows here; the blank
 * template's blocks have them typed instead.
 *
 * A block, from its top row:
 *   name row     the KPI's name (a formula over the review's KPI cell, or typed)
 *   summary      labels, then values: agreed target, direction, year-to-date as (Sum / Average),
 *                baseline, latest month, latest actual, its RAG, year to date, pace
 *   header       Month | Actual | Target | One-off event | Rolling baseline | Same period last year | RAG | Year to date | Pace
 *   months       12 baseline months before the period, then the period's months
 *   blank        a gap before the next block
 *
 * Every address here is 0-based in the tracking sheet: the dashboard charts the column ranges,
 * the review links to the summary cells.
 */

export const TRACKING_SHEET_NAME: Localized = { en: 'KPI tracking', da: 'KPI-opfølgning' };

/** A 0-based cell of the tracking sheet. */
export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** The columns of a block's month rows, left to right (0-based sheet columns). */
export interface TrackingColumns {
  readonly month: number;
  /** Typed once, by the user. */
  readonly actual: number;
  /** The agreed target by default (a formula the user may type over). */
  readonly target: number;
  /** Any text marks the month as a one-off event: the baselines leave it out. */
  readonly oneOff: number;
  /** `KPI.ROLLING` over the 12 months up to each month (spilled from the first month row). */
  readonly baseline: number;
  /** `KPI.YOY` against the same month a year earlier (spilled from the first month row). */
  readonly yoy: number;
  readonly rag: number;
  /** Sum or average of the period's actuals up to each month; blank in the baseline months. */
  readonly ytd: number;
  /** `KPI.PACE` of the year to date against the period's target; only when year to date is a sum. */
  readonly pace: number;
}

/** The one-cell values above a block's months: what the review and the dashboard read. */
export interface TrackingSummary {
  readonly name: CellRef;
  readonly target: CellRef;
  readonly direction: CellRef;
  /** The choice "Sum" / "Average" (Danish "Sum" / "Gennemsnit"): how year to date adds up. */
  readonly ytdMode: CellRef;
  /** `KPI.BASELINE` over the baseline months, one-off events left out. */
  readonly baseline: CellRef;
  /** The period's latest month with an actual, and that month's actual, RAG, year to date and pace. */
  readonly latestMonth: CellRef;
  readonly latestActual: CellRef;
  readonly latestRag: CellRef;
  readonly latestYtd: CellRef;
  readonly latestPace: CellRef;
}

export interface TrackingBlock {
  /** The review sheet's row (0-based) of the KPI this block tracks: the block's key; none for a block the user names. */
  readonly reviewRow?: number;
  /** The KPI's name when the block was laid out (the sheet shows the review's current one). */
  readonly kpiName: string;
  /** Whether year to date starts as a sum (a quantity KPI); otherwise an average. */
  readonly cumulative: boolean;
  /** The block's first row: the KPI's name. */
  readonly kpiRow: number;
  readonly summaryLabelRow: number;
  readonly summaryRow: number;
  readonly headerRow: number;
  /** The first baseline month. */
  readonly firstMonthRow: number;
  /** The period's first month: baseline months are `firstMonthRow` up to the row above. */
  readonly periodFirstRow: number;
  readonly lastMonthRow: number;
  readonly columns: TrackingColumns;
  readonly summary: TrackingSummary;
}

export interface TrackingLayout {
  readonly sheetName: string;
  readonly lang: Lang;
  readonly period: LaidOutPeriod;
  /** The first month of the period (a typed date): every month row counts from it. */
  readonly firstMonthCell: CellRef;
  readonly blocks: readonly TrackingBlock[];
  /** The rows to write at `startRow`; their validations and fills are relative to `startRow`. */
  readonly spec: TemplateSpec;
  /** 0 for a new sheet; the row below the existing blocks when blocks are added. */
  readonly startRow: number;
}

/** The months a layout follows; without a first month the sheet waits for the user to type it. */
export type LaidOutPeriod = Pick<TrackedPeriod, 'months'> & Partial<Pick<TrackedPeriod, 'first' | 'fromAgreement'>>;

/** Months before the period in every block: the baseline, and last year for YOY. */
export const BASELINE_MONTHS = YEAR_MONTHS;
/** ROLLING's window and YOY's periods per year. */
const WINDOW = 12;

const COLUMNS: TrackingColumns = { month: 0, actual: 1, target: 2, oneOff: 3, baseline: 4, yoy: 5, rag: 6, ytd: 7, pace: 8 };
const WIDTHS = [110, 90, 100, 120, 110, 120, 80, 100, 80];

export const YTD_MODES = {
  sum: { en: 'Sum', da: 'Sum' },
  average: { en: 'Average', da: 'Gennemsnit' },
} satisfies Record<string, Localized>;

/** The label left of the first month: what tells a sheet this layout wrote from another of its name. */
export const FIRST_MONTH_LABEL: Localized = { en: 'First month of the period', da: 'Periodens første måned' };

const TEXT = {
  title: { en: 'KPI tracking', da: 'KPI-opfølgning' },
  note: {
    en: 'Type each month’s actual once; the review reads the latest month and the baseline from here. Mark one-off events so the baselines leave them out.',
    da: 'Skriv hver måneds faktiske tal én gang; samtalearket henter den seneste måned og baselinen herfra. Markér engangshændelser, så baselinerne udelader dem.',
  },
  firstMonth: FIRST_MONTH_LABEL,
  firstMonthNote: {
    en: 'The 12 months before it make each KPI’s baseline and last year’s comparison.',
    da: 'De 12 måneder før den udgør hver KPI’s baseline og sammenligningen med sidste år.',
  },
  typeName: {
    en: 'Type the KPI’s name as the review has it, and its agreed target and direction below.',
    da: 'Skriv KPI’ens navn, som det står på samtalearket, og dens aftalte mål og retning nedenfor.',
  },
} satisfies Record<string, Localized>;

export const SUMMARY_LABELS: readonly Localized[] = [
  { en: 'Agreed target', da: 'Aftalt mål' },
  { en: 'Direction', da: 'Retning' },
  { en: 'Year to date as', da: 'År til dato som' },
  { en: 'Baseline', da: 'Baseline' },
  { en: 'Latest month', da: 'Seneste måned' },
  { en: 'Latest actual', da: 'Seneste faktiske' },
  { en: 'Latest RAG', da: 'Seneste RAG' },
  { en: 'Year to date', da: 'År til dato' },
  { en: 'Pace', da: 'Tempo' },
];
const [S_TARGET, S_DIRECTION, S_MODE, S_BASELINE, S_MONTH, S_ACTUAL, S_RAG, S_YTD, S_PACE] = SUMMARY_LABELS.keys();

export const MONTH_HEADERS: readonly Localized[] = [
  { en: 'Month', da: 'Måned' },
  { en: 'Actual', da: 'Faktisk' },
  { en: 'Target', da: 'Mål' },
  { en: 'One-off event', da: 'Engangshændelse' },
  { en: 'Rolling baseline', da: 'Rullende baseline' },
  { en: 'Same period last year', da: 'Samme periode sidste år' },
  { en: 'RAG', da: 'RAG' },
  { en: 'Year to date', da: 'År til dato' },
  { en: 'Pace', da: 'Tempo' },
];

/** Title, note, then the first month of the period; each block starts with a gap row below. */
export const FIRST_MONTH_CELL: CellRef = { row: 2, column: 1 };

/**
 * What a block needs from the review: where its KPI's cells stand there. A block without them
 * (the blank template's) has its name, target and direction typed by the user.
 */
export interface TrackedKpi {
  readonly reviewRow?: number;
  readonly name: string;
  /** A1 references into the review, sheet-qualified; undefined when the review has no such column. */
  readonly nameRef?: string;
  readonly targetRef?: string;
  readonly directionRef?: string;
  readonly cumulative: boolean;
}

export interface TrackingOptions {
  readonly lang: Lang;
  /** The review sheet's name, as the formulas must name it. */
  readonly reviewSheetName: string;
  /** Sheet row and column of the agreement grid's first cell (a used range may start below A1). */
  readonly origin?: CellRef;
  /** Today's month: the period when the review names none. */
  readonly today: YearMonth;
  /** The tracking sheet's name (default TRACKING_SHEET_NAME). */
  readonly sheetName?: string;
}

/** Rows from a block's name row down to its summary values (name, labels, values). */
const SUMMARY_BELOW_NAME = 2;

/** The summary values the review reads, by what they are. */
export type ReviewedSummary = 'latestActual' | 'baseline';
const SUMMARY_COLUMN: Record<ReviewedSummary, number> = { latestActual: S_ACTUAL, baseline: S_BASELINE };

/**
 * A review cell's formula over the tracking block of the KPI named in `nameCell`, before any
 * "Track this agreement" has linked it cell to cell: the block is found by its name cell in column
 * A (blocks move as the period's months do), and its summary value read two rows below. Blank while
 * the KPI has no name, the sheet or the block is missing or the months are empty: IFERROR covers a
 * sheet not there yet, which Sheets and HyperFormula resolve once it is added.
 */
export function summaryLookup(key: ReviewedSummary, nameCell: string, trackingSheetName: string): string {
  const sheet = sheetRef(trackingSheetName);
  const values = `${sheet}$${columnLetters(SUMMARY_COLUMN[key])}:$${columnLetters(SUMMARY_COLUMN[key])}`;
  const names = `${sheet}$${columnLetters(COLUMNS.month)}:$${columnLetters(COLUMNS.month)}`;
  return `=IF(${nameCell}="","",IFERROR(INDEX(${values},MATCH(${nameCell},${names},0)+${SUMMARY_BELOW_NAME}),""))`;
}

/** A sheet name as a formula names it: quoted, quotes doubled. */
export function sheetRef(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/** The KPIs of an agreement that get a block: every row with a name, in sheet order. */
export function trackedKpis(agreement: Agreement, options: TrackingOptions): (TrackedKpi & { readonly reviewRow: number })[] {
  const table = agreement.table;
  if (!table) return [];
  const origin = options.origin ?? { row: 0, column: 0 };
  const ref = (row: number, key: ColumnKey): string | undefined => {
    const column = table.columns[key];
    return column === undefined ? undefined : `${sheetRef(options.reviewSheetName)}${cellAddress(origin.row + row, origin.column + column)}`;
  };
  return table.rows.filter((row) => row.kpi.text !== '').map((row: KpiRow) => ({
    reviewRow: origin.row + row.row,
    name: row.kpi.text,
    ...optional('nameRef', ref(row.row, 'kpi')),
    ...optional('targetRef', ref(row.row, 'target')),
    ...optional('directionRef', ref(row.row, 'direction')),
    // A quantity adds up over the months (cases resolved); a quality is an average (a CSAT, a rate).
    cumulative: row.kind?.value === 'quantity',
  }));
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The period the agreement's Period cell names, else the 12 months from today. */
export function agreementPeriod(agreement: Agreement, today: YearMonth): TrackedPeriod {
  return trackedPeriod(agreement.review.header.period?.text, today);
}

/** The whole tracking sheet for these KPIs. */
export function trackingLayout(
  kpis: readonly TrackedKpi[], period: LaidOutPeriod, options: Pick<TrackingOptions, 'lang'> & Partial<TrackingOptions>,
): TrackingLayout {
  const sheet = new SheetBuilder(WIDTHS);
  const { lang } = options;
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(TEXT.note[lang]));
  sheet.row(label(TEXT.firstMonth[lang]), input(period.first && serialOfMonth(period.first), FORMATS.month), note(TEXT.firstMonthNote[lang]));
  const blocks = kpis.map((kpi) => writeBlock(sheet, kpi, period.months, 0, lang));
  return {
    sheetName: options.sheetName ?? TRACKING_SHEET_NAME[lang],
    lang,
    period,
    firstMonthCell: FIRST_MONTH_CELL,
    blocks,
    spec: sheet.build({ id: 'tracking', lang, sheetName: options.sheetName ?? TRACKING_SHEET_NAME[lang], frozenRows: 0 }),
    startRow: 0,
  };
}

/**
 * Blocks for more KPIs below a sheet's existing rows: `startRow` is the first row to write (a row
 * below the last one in use). The rows written start with a gap and never reach above `startRow`.
 */
export function appendedBlocks(
  kpis: readonly TrackedKpi[], period: LaidOutPeriod, startRow: number, options: TrackingOptions & { readonly sheetName: string },
): TrackingLayout {
  const sheet = new SheetBuilder(WIDTHS);
  const blocks = kpis.map((kpi) => writeBlock(sheet, kpi, period.months, startRow, options.lang));
  return {
    sheetName: options.sheetName,
    lang: options.lang,
    period,
    firstMonthCell: FIRST_MONTH_CELL,
    blocks,
    spec: sheet.build({ id: 'tracking', lang: options.lang, sheetName: options.sheetName, frozenRows: 0 }),
    startRow,
  };
}

/** Where a block whose name stands in `kpiRow` has its rows and summary cells, for `months` period months. */
export function blockGeometry(kpiRow: number, months: number): Omit<TrackingBlock, 'reviewRow' | 'kpiName' | 'cumulative'> {
  const summaryRow = kpiRow + SUMMARY_BELOW_NAME;
  const headerRow = summaryRow + 1;
  const firstMonthRow = headerRow + 1;
  const periodFirstRow = firstMonthRow + BASELINE_MONTHS;
  const at = (column: number): CellRef => ({ row: summaryRow, column });
  return {
    kpiRow,
    summaryLabelRow: kpiRow + 1,
    summaryRow,
    headerRow,
    firstMonthRow,
    periodFirstRow,
    lastMonthRow: periodFirstRow + months - 1,
    columns: COLUMNS,
    summary: {
      name: { row: kpiRow, column: COLUMNS.month },
      target: at(S_TARGET),
      direction: at(S_DIRECTION),
      ytdMode: at(S_MODE),
      baseline: at(S_BASELINE),
      latestMonth: at(S_MONTH),
      latestActual: at(S_ACTUAL),
      latestRag: at(S_RAG),
      latestYtd: at(S_YTD),
      latestPace: at(S_PACE),
    },
  };
}

/** Cell makers over absolute sheet coordinates, for a block written `offset` rows down. */
const at = (row: number, column: number): string => cellAddress(row, column);
const fixed = (ref: CellRef): string => `$${columnLetters(ref.column)}$${ref.row + 1}`;
const columnRange = (column: number, first: number, last: number): string => rangeAddress(first, column, last - first + 1, 1);
/** `B$17:B17`: from a fixed first row down to this row, for running totals. */
const runningRange = (column: number, first: number, row: number): string =>
  `${columnLetters(column)}$${first + 1}:${columnLetters(column)}${row + 1}`;

/**
 * The block's name: the review's KPI cell as text (T gives "" for a blank). Only a name cell is
 * written so, which is how a second run finds the KPIs that already have a block.
 */
export const nameLink = (ref: string): string => `=T(${ref})`;

/** Year to date and pace start with the period: the baseline months show them grey and empty. */
const CALCULATED_BLANK: TemplateCell = { style: 'computed' };

/** A reference into the review, blank (not 0) while the review's cell is empty. */
const linked = (ref: string): string => `=IF(${ref}="","",${ref})`;

function writeBlock(sheet: SheetBuilder, kpi: TrackedKpi, months: number, offset: number, lang: Lang): TrackingBlock {
  sheet.blankRow();
  // The name is a formula over the review, styled as the section title it is; else the user types it.
  const kpiRow = offset + (kpi.nameRef
    ? sheet.row({ ...computed(nameLink(kpi.nameRef)), style: 'section' })
    : sheet.row(input(kpi.name || undefined), note(TEXT.typeName[lang])));
  sheet.row(...SUMMARY_LABELS.map((text) => label(text[lang])));
  const geometry = blockGeometry(kpiRow, months);
  const { summaryRow, firstMonthRow, periodFirstRow, lastMonthRow, summary } = geometry;
  const c = COLUMNS;

  const actual = columnRange(c.actual, firstMonthRow, lastMonthRow);
  const oneOff = columnRange(c.oneOff, firstMonthRow, lastMonthRow);
  const baselineActuals = columnRange(c.actual, firstMonthRow, periodFirstRow - 1);
  const baselineOneOffs = columnRange(c.oneOff, firstMonthRow, periodFirstRow - 1);
  const periodActuals = columnRange(c.actual, periodFirstRow, lastMonthRow);
  const periodMonths = columnRange(c.month, periodFirstRow, lastMonthRow);
  const latestMonth = fixed(summary.latestMonth);
  // The latest month is the last one with an actual (MAXIFS: every host, no array formula); the
  // other latest values stand in that month's row.
  const latest = (column: number, numberFormat?: string): TemplateCell => computed(
    `=IF(${latestMonth}="","",INDEX(${columnRange(column, periodFirstRow, lastMonthRow)},MATCH(${latestMonth},${periodMonths},0)))`, numberFormat);
  const summaryCells: Cell[] = [];
  summaryCells[S_TARGET] = kpi.targetRef ? computed(linked(kpi.targetRef), FORMATS.number) : input(undefined, FORMATS.number);
  summaryCells[S_DIRECTION] = kpi.directionRef ? computed(linked(kpi.directionRef)) : input();
  summaryCells[S_MODE] = input((kpi.cumulative ? YTD_MODES.sum : YTD_MODES.average)[lang]);
  summaryCells[S_BASELINE] = computed(
    `=IF(COUNT(${baselineActuals})=0,"",{BASELINE}(${baselineActuals},${BASELINE_MONTHS},,${baselineOneOffs}))`, FORMATS.number);
  summaryCells[S_MONTH] = computed(
    `=IF(OR(COUNT(${periodActuals})=0,${fixed(FIRST_MONTH_CELL)}=""),"",MAXIFS(${periodMonths},${periodActuals},"<>"))`, FORMATS.month);
  summaryCells[S_ACTUAL] = latest(c.actual, FORMATS.number);
  summaryCells[S_RAG] = latest(c.rag);
  summaryCells[S_YTD] = latest(c.ytd, FORMATS.number);
  summaryCells[S_PACE] = latest(c.pace, FORMATS.percent);
  sheet.row(...summaryCells);
  sheet.list(cellRange(summaryRow - offset, S_MODE), [YTD_MODES.sum[lang], YTD_MODES.average[lang]]);
  if (!kpi.directionRef) sheet.list(cellRange(summaryRow - offset, S_DIRECTION), labelsOf(DIRECTION_VALUES, lang));

  sheet.row(...MONTH_HEADERS.map((text) => header(text[lang])));

  const target = fixed(summary.target);
  const direction = fixed(summary.direction);
  const mode = fixed(summary.ytdMode);
  const sumWord = `"${YTD_MODES.sum[lang]}"`;
  const periodTargets = `${columnLetters(c.target)}$${periodFirstRow + 1}:${columnLetters(c.target)}$${lastMonthRow + 1}`;
  for (let row = firstMonthRow; row <= lastMonthRow; row++) {
    const inPeriod = row >= periodFirstRow;
    const top = row === firstMonthRow;
    const actualHere = at(row, c.actual);
    const cells: Cell[] = [];
    cells[c.month] = computed(`=IF(${fixed(FIRST_MONTH_CELL)}="","",EDATE(${fixed(FIRST_MONTH_CELL)},${row - periodFirstRow}))`, FORMATS.month);
    cells[c.actual] = input(undefined, FORMATS.number);
    // The agreed target by default; a month with another target is typed over.
    cells[c.target] = inPeriod ? { ...computed(linked(target), FORMATS.number), style: 'input' } : input(undefined, FORMATS.number);
    cells[c.oneOff] = input();
    // Blank months stay blank even where a host hands an empty cell to a function as 0.
    cells[c.baseline] = top ? computed(`={ARRAY}(IF(${actual}="","",{ROLLING}(${actual},${WINDOW},,${oneOff})))`, FORMATS.number) : spilled(FORMATS.number);
    cells[c.yoy] = top ? computed(`={ARRAY}(IF(${actual}="","",{YOY}(${actual},${WINDOW})))`, FORMATS.percent) : spilled(FORMATS.percent);
    cells[c.rag] = computed(`=IF(OR(${actualHere}="",${at(row, c.target)}=""),"",${ragFormula(actualHere, at(row, c.target), direction, lang).slice(1)})`);
    if (inPeriod) {
      const soFar = runningRange(c.actual, periodFirstRow, row);
      cells[c.ytd] = computed(`=IF(${actualHere}="","",IF(${mode}=${sumWord},SUM(${soFar}),AVERAGE(${soFar})))`, FORMATS.number);
      cells[c.pace] = computed(
        `=IF(OR(${actualHere}="",${mode}<>${sumWord},SUM(${periodTargets})=0),"",{PACE}(${at(row, c.ytd)},SUM(${periodTargets}),${row - periodFirstRow + 1}/${months},${direction}))`,
        FORMATS.percent);
    } else {
      cells[c.ytd] = CALCULATED_BLANK;
      cells[c.pace] = CALCULATED_BLANK;
    }
    sheet.row(...cells);
  }
  const monthRows = lastMonthRow - firstMonthRow + 1;
  sheet.ragFills(cellRange(firstMonthRow - offset, c.rag, monthRows));
  sheet.ragFills(cellRange(summaryRow - offset, S_RAG));
  return { reviewRow: kpi.reviewRow, kpiName: kpi.name, cumulative: kpi.cumulative, ...geometry };
}

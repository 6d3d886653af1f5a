import { cellAddress } from '../workbook';
import type { Lang, Localized } from '../i18n/lang';
import { DIRECTION_VALUES } from '../agreement/columns';
import {
  FORMATS, SheetBuilder, a1Range, cellRange, computed, header, input, label, labelsOf, note, section, spilled, title,
  type Cell,
} from './grid';
import { ragFormula } from '../functions/rag';
import type { TemplateSpec } from './spec';
import { trackingLayout, type TrackedKpi as BlockKpi } from '../tracking/layout';
import { YEAR_MONTHS, type YearMonth } from '../tracking/months';

/** Blocks the blank template starts with; "Track this agreement" adds one per further KPI. */
export const TEMPLATE_BLOCKS = 3;
/** Year to date as an average until the user picks Sum: a sum of rates or scores means nothing. */
const BLANK_BLOCK: BlockKpi = { name: '', cumulative: false };

/**
 * The blank tracking sheet: the layout "Track this agreement" writes, with blocks whose name,
 * target and direction the user types, over the calendar year of `today`. The review finds a
 * block by the name typed in it, and Track adds its KPIs' blocks to this sheet.
 */
export function trackingTemplate(lang: Lang, today: YearMonth): TemplateSpec {
  const period = { first: { year: today.year, month: 1 }, months: YEAR_MONTHS };
  return trackingLayout(Array<BlockKpi>(TEMPLATE_BLOCKS).fill(BLANK_BLOCK), period, { lang }).spec;
}

export const TRACKING_SHEET_NAME: Localized = { en: 'KPI tracking', da: 'KPI-opfølgning' };

/** Two years of months, so the second year has its same period last year. */
export const TRACKING_MONTHS = 24;
export const TRACKING_BLOCKS = 3;
/** Months in the rolling baseline's window and in a year (YOY's periods_per_year). */
const WINDOW = 12;

const TEXT = {
  title: { en: 'KPI tracking', da: 'KPI-opfølgning' },
  note: {
    en: 'Type the first month in the Month column, then actuals and targets; mark one-off events so the baseline leaves them out.',
    da: 'Skriv den første måned i Måned-kolonnen, derefter faktiske tal og mål; markér engangshændelser, så baselinen udelader dem.',
  },
  month: { en: 'Month', da: 'Måned' },
  kpi: { en: 'KPI', da: 'KPI' },
  direction: { en: 'Direction', da: 'Retning' },
} satisfies Record<string, Localized>;

/** The columns of one KPI block, left to right. */
const BLOCK_HEADERS: readonly Localized[] = [
  { en: 'Actual', da: 'Faktisk' },
  { en: 'Target', da: 'Mål' },
  { en: 'One-off event', da: 'Engangshændelse' },
  { en: 'Rolling baseline', da: 'Rullende baseline' },
  { en: 'Same period last year', da: 'Samme periode sidste år' },
  { en: 'RAG', da: 'RAG' },
];
const [ACTUAL, TARGET, ONE_OFF, ROLLING, YOY, RAG] = [0, 1, 2, 3, 4, 5];
const BLOCK_WIDTHS = [80, 80, 120, 90, 100, 70];
const TRACKING_WIDTHS = [90, ...Array.from({ length: TRACKING_BLOCKS }, () => BLOCK_WIDTHS).flat()];

const NAME_ROW = 2;
const FIRST_MONTH_ROW = 4;

/** What an example writes into one KPI block; monthly arrays are oldest first. */
export interface TrackedKpi {
  readonly name: string;
  readonly direction?: string;
  readonly actual?: readonly (number | undefined)[];
  readonly target?: readonly (number | undefined)[];
  readonly oneOff?: readonly (string | undefined)[];
}

export interface TrackingContent {
  /** Date serial of the first month; the following months are formulas from it. */
  readonly firstMonth?: number;
  readonly kpis?: readonly TrackedKpi[];
}

const blockColumn = (block: number, offset: number): number => 1 + block * BLOCK_HEADERS.length + offset;
const monthColumn = (block: number, offset: number): string =>
  a1Range(cellRange(FIRST_MONTH_ROW, blockColumn(block, offset), TRACKING_MONTHS));

/**
 * The tracking sheet: a row per month, and per KPI a block of actual, target, one-off flag and the
 * three series the functions compute. Each computed column is ONE spilling formula at its top, so
 * a user's new month is picked up without copying formulas down. The title, note, KPI names and
 * headers stay frozen while 24 months scroll.
 */
export function trackingSheet(lang: Lang, content: TrackingContent = {}): TemplateSpec {
  const sheet = new SheetBuilder(TRACKING_WIDTHS);
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(TEXT.note[lang]));

  const blocks = Array.from({ length: TRACKING_BLOCKS }, (_, block) => block);
  sheet.row(null, ...blocks.flatMap((block) => nameCells(block, content.kpis?.[block], lang)));
  sheet.row(header(TEXT.month[lang]), ...blocks.flatMap(() => BLOCK_HEADERS.map((heading) => header(heading[lang]))));

  for (let month = 0; month < TRACKING_MONTHS; month++) {
    sheet.row(monthCell(month, content.firstMonth), ...blocks.flatMap((block) => monthCells(block, month, content.kpis?.[block], lang)));
  }

  for (const block of blocks) {
    sheet.list(cellRange(NAME_ROW, blockColumn(block, RAG)), labelsOf(DIRECTION_VALUES, lang));
    sheet.ragFills(cellRange(FIRST_MONTH_ROW, blockColumn(block, RAG), TRACKING_MONTHS));
  }
  return sheet.build({ id: 'tracking', lang, sheetName: TRACKING_SHEET_NAME[lang], frozenRows: FIRST_MONTH_ROW });
}

/** Above a block: its KPI name, and the direction its RAG reads (a dropdown). */
function nameCells(block: number, kpi: TrackedKpi | undefined, lang: Lang): Cell[] {
  const cells: Cell[] = BLOCK_HEADERS.map(() => null);
  cells[ACTUAL] = section(kpi?.name ?? `${TEXT.kpi[lang]} ${block + 1}`);
  cells[YOY] = label(TEXT.direction[lang]);
  cells[RAG] = input(kpi?.direction ?? DIRECTION_VALUES[0].label[lang]);
  return cells;
}

function monthCell(month: number, firstMonth: number | undefined): Cell {
  if (month === 0) return input(firstMonth, FORMATS.month);
  const previous = cellAddress(FIRST_MONTH_ROW + month - 1, 0);
  return computed(`=IF(${previous}="","",EDATE(${previous},1))`, FORMATS.month);
}

function monthCells(block: number, month: number, kpi: TrackedKpi | undefined, lang: Lang): Cell[] {
  const top = month === 0;
  const actual = monthColumn(block, ACTUAL);
  const direction = cellAddress(NAME_ROW, blockColumn(block, RAG));
  const cells: Cell[] = [];
  cells[ACTUAL] = input(kpi?.actual?.[month], FORMATS.number);
  cells[TARGET] = input(kpi?.target?.[month], FORMATS.number);
  cells[ONE_OFF] = input(kpi?.oneOff?.[month]);
  const target = monthColumn(block, TARGET);
  // A month not reported yet stays blank in every column, even where an older Excel desktop hands
  // a blank cell over as 0 (office-js issues 4702, 5262): masked month by month by the actual.
  const blankWhereNoActual = (formula: string) => `={ARRAY}(IF(${actual}="","",${formula}))`;
  cells[ROLLING] = top
    ? computed(blankWhereNoActual(`{ROLLING}(${actual},${WINDOW},,${monthColumn(block, ONE_OFF)})`), FORMATS.number)
    : spilled(FORMATS.number);
  cells[YOY] = top ? computed(blankWhereNoActual(`{YOY}(${actual},${WINDOW})`), FORMATS.percent) : spilled(FORMATS.percent);
  cells[RAG] = top ? computed(blankWhereNoActual(`IF(${target}="","",${ragFormula(actual, target, direction, lang).slice(1)})`)) : spilled();
  return cells;
}



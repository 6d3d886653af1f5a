import { cellAddress, rangeAddress } from '../workbook';
import type { Lang, Localized } from '../i18n/lang';
import { COLUMNS, CADENCE_VALUES, type ColumnKey, type ColumnSpec, type ListedValue, type TableColumnKey } from '../agreement/columns';
import { FRAMEWORKS, HEADER_FIELDS, SECTION_COLUMNS, SECTION_TITLES, type HeaderFieldKey, type SectionKey } from '../agreement/sections';
import {
  FORMATS, FORMAT_BY_CONTENT, SheetBuilder, cellRange, computed, header, input, label, labelsOf, note, section, text, title,
  type Cell, type CellValue,
} from './grid';
import { ragFormula } from '../functions/rag';
import { EXTRA_COLUMNS, type ExtraColumnKey } from './extra-columns';
import { TRACKING_SHEET_NAME, summaryLookup } from '../tracking/layout';
import { writeSignOff, type SignOffContent } from './sign-off';
import { ONE_LANDSCAPE_PAGE, type TemplateCell, type TemplateSpec } from './spec';

export const REVIEW_SHEET_NAME: Localized = { en: 'KPI Review', da: 'Medarbejdersamtale' };

/** The score row's label in column A, the score beside it: what the dashboard finds the score by. */
export const SCORE_LABEL: Localized = { en: 'Weighted score', da: 'Vægtet score' };

const TEXT = {
  title: { en: 'KPI Review', da: 'Medarbejdersamtale' },
  note: {
    en: 'Fill in the pale cells together; Actual and Baseline come from the tracking sheet (or type them), and Status turns Green, Amber or Red from Actual, Target and Direction.',
    da: 'Udfyld de lyse felter sammen; Faktisk og Baseline hentes fra opfølgningsarket (eller skriv dem), og Status bliver Grøn, Gul eller Rød ud fra Faktisk, Mål og Retning.',
  },
  number: { en: 'No.', da: 'Nr.' },
  score: SCORE_LABEL,
  cap: { en: 'Cap', da: 'Loft' },
  scoreNote: {
    en: 'Each KPI’s attainment (Actual against Target in its Direction) weighted by its Weight; none counts above the cap.',
    da: 'Hver KPI’s målopfyldelse (Faktisk mod Mål i dens Retning) vægtet efter dens Vægt; ingen tæller over loftet.',
  },
} satisfies Record<string, Localized>;

/** The score's cap until the pair agrees on another: 120 %, so one KPI far ahead cannot carry the rest. */
export const DEFAULT_SCORE_CAP = 1.2;
/** The score row: its label in A, the score in B, the cap's label in C and the cap in D. */
const SCORE_CAP_COLUMN = 3;

/** The guide's question bank ("Spørgsmål du kan stille under samtalen"), one per category. */
export const QUESTION_BANK: readonly { readonly category: Localized; readonly question: Localized }[] = [
  {
    category: { en: 'Aligning expectations', da: 'Forventningsafstemning' },
    question: {
      en: 'How do you see my role contributing best to the strategy over the next 6-12 months?',
      da: 'Hvordan ser du, at min rolle bedst bidrager til strategien de næste 6-12 måneder?',
    },
  },
  {
    category: { en: 'Prioritisation', da: 'Prioritering' },
    question: {
      en: 'Which 2-3 KPIs do you consider critical if resources get tighter?',
      da: 'Hvilke 2-3 KPI’er vurderer du er kritiske, hvis ressourcerne strammer?',
    },
  },
  {
    category: { en: 'Data quality', da: 'Datakvalitet' },
    question: {
      en: 'Are there data sources or measurement methods we should improve to ensure a fair assessment?',
      da: 'Er der datakilder eller målemetoder, vi bør forbedre for at sikre fair bedømmelse?',
    },
  },
  {
    category: { en: 'Obstacles', da: 'Hindringer' },
    question: {
      en: 'Which barriers do you see that could affect my goal attainment, and how can we remove them?',
      da: 'Hvilke barrierer ser du, som kan påvirke min målopfyldelse, og hvordan kan vi fjerne dem?',
    },
  },
  {
    category: { en: 'Learning & well-being', da: 'Læring & trivsel' },
    question: {
      en: 'Which skills or support would increase my effectiveness and job satisfaction?',
      da: 'Hvilke kompetencer eller støtte vil øge min effektivitet og arbejdsglæde?',
    },
  },
  {
    category: { en: 'Steps forward', da: 'Fremadrettede skridt' },
    question: {
      en: 'Which concrete next steps and milestones should we document for the coming period?',
      da: 'Hvilke konkrete næste skridt og milepæle skal vi dokumentere for den kommende periode?',
    },
  },
];

/** Rows the empty template offers: the guide's 3-5 KPIs, 2-3 development goals and so on. */
export const REVIEW_ROWS = { kpis: 5, development: 3, wellbeing: 2, nextSteps: 5, decisions: 5 } as const;

type EntrySection = keyof typeof REVIEW_ROWS & SectionKey;
/** Sections below the agreement, in sheet order. */
const SECTIONS_BELOW: readonly Exclude<SectionKey, 'agreement'>[] = ['development', 'wellbeing', 'questions', 'nextSteps', 'decisions'];
/** Section columns holding a date, by index into SECTION_COLUMNS. */
const DATE_COLUMNS: Partial<Record<SectionKey, readonly number[]>> = { development: [3], nextSteps: [2], decisions: [0] };

type ListedKey = 'type' | 'focus' | 'kind' | 'scope' | 'direction' | 'cadence' | 'pilot' | 'impact';
/**
 * A KPI as data in both languages, for the example and the library: listed columns hold the
 * value's id (`'leading'`), text columns a text per language, numbers (dates as serials) a number.
 */
export type KpiEntry = {
  readonly [K in Exclude<TableColumnKey, 'status'> | ExtraColumnKey]?: K extends ListedKey ? string : Localized | number;
};

/** One agreement row in a sheet's language, by column. */
export type KpiRowValues = Partial<Record<ColumnKey, CellValue>>;

/** Writes a KPI entry in one language; listed ids become the column's label (`Kvantitet`). */
export function kpiRow(entry: KpiEntry, lang: Lang): KpiRowValues {
  const row: KpiRowValues = {};
  for (const spec of [...COLUMNS, ...EXTRA_COLUMNS]) {
    const value: string | Localized | number | undefined = spec.key === 'status' ? undefined : entry[spec.key];
    if (typeof value === 'number') row[spec.key] = value;
    else if (typeof value === 'string') row[spec.key] = listedLabel(spec, value, lang);
    else if (value) row[spec.key] = value[lang];
  }
  return row;
}

function listedLabel(spec: { readonly key: string; readonly values?: readonly ListedValue[] }, id: string, lang: Lang): string {
  const listed = spec.values?.find((value) => value.id === id);
  if (!listed) throw new Error(`${spec.key}: no listed value ${id}`);
  return listed.label[lang];
}

/** What an example writes into the review's input cells, in the sheet's language. */
export interface ReviewContent {
  readonly header?: Partial<Record<HeaderFieldKey, CellValue>>;
  readonly kpis?: readonly KpiRowValues[];
  readonly development?: readonly (readonly CellValue[])[];
  readonly wellbeing?: readonly (readonly CellValue[])[];
  readonly nextSteps?: readonly (readonly CellValue[])[];
  readonly decisions?: readonly (readonly CellValue[])[];
  readonly signOff?: SignOffContent;
}

/** Every column of the review's table, in sheet order: the agreement's, then the extra ones. */
const REVIEW_COLUMNS: readonly ColumnSpec[] = [...COLUMNS, ...EXTRA_COLUMNS];
/** Agreement columns start at B: column A numbers the KPIs. */
const agreementColumn = (key: ColumnKey): number => 1 + REVIEW_COLUMNS.findIndex((spec) => spec.key === key);

const WIDTH_BY_CONTENT: Record<ColumnSpec['content'], number> = {
  text: 160, listed: 100, number: 90, percent: 100, date: 100, formula: 90,
};
const WIDE_TEXT: Partial<Record<ColumnKey, number>> = { kpi: 200, definition: 260, link: 200, trigger: 220 };
// Column A carries the number, but also header labels, section titles and goals: it needs room.
const REVIEW_WIDTHS = [
  190, ...REVIEW_COLUMNS.map((spec) => WIDE_TEXT[spec.key] ?? WIDTH_BY_CONTENT[spec.content]),
];

const HEADER_FORMATS: Partial<Record<HeaderFieldKey, string>> = { reviewDate: FORMATS.date };

/**
 * The review sheet: header block, KPI agreement with a live Status, then development, well-being,
 * questions, next steps and decisions. No frozen rows: the sections have different columns, so no
 * single header row is worth pinning, and pinning the header block would eat a laptop screen.
 */
export function reviewSheet(lang: Lang, content: ReviewContent = {}): TemplateSpec {
  const sheet = new SheetBuilder(REVIEW_WIDTHS);
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(TEXT.note[lang]));

  for (const key of Object.keys(HEADER_FIELDS) as HeaderFieldKey[]) {
    const row = sheet.row(label(HEADER_FIELDS[key][lang]), input(content.header?.[key], HEADER_FORMATS[key]));
    if (key === 'framework') sheet.list(cellRange(row, 1), FRAMEWORKS);
    if (key === 'followUp') sheet.list(cellRange(row, 1), labelsOf(CADENCE_VALUES, lang));
  }

  sheet.blankRow();
  sheet.row(section(SECTION_TITLES.agreement[lang]));
  sheet.row(header(TEXT.number[lang]), ...REVIEW_COLUMNS.map((spec) => header(spec.header[lang])));
  const firstKpiRow = sheet.nextRow;
  for (let index = 0; index < REVIEW_ROWS.kpis; index++) {
    const row = sheet.nextRow;
    const kpi = content.kpis?.[index] ?? {};
    sheet.row(label(index + 1), ...REVIEW_COLUMNS.map((spec) => agreementCell(spec, kpi, row, firstKpiRow, lang)));
  }
  for (const spec of REVIEW_COLUMNS) {
    if (spec.values) sheet.list(cellRange(firstKpiRow, agreementColumn(spec.key), REVIEW_ROWS.kpis), labelsOf(spec.values, lang));
  }
  sheet.ragFills(cellRange(firstKpiRow, agreementColumn('status'), REVIEW_ROWS.kpis));
  writeScore(sheet, firstKpiRow, lang);
  writeSignOff(sheet, lang, content.signOff);

  for (const key of SECTIONS_BELOW) {
    sheet.blankRow();
    sheet.row(section(SECTION_TITLES[key][lang]));
    sheet.row(...SECTION_COLUMNS[key].map((heading) => header(heading[lang])));
    if (key === 'questions') {
      // Questions are suggestions the pair may rewrite, hence input cells (which also wrap).
      for (const { category, question } of QUESTION_BANK) sheet.row(label(category[lang]), text(question[lang]), input());
    } else {
      writeEntries(sheet, key, content[key] ?? []);
    }
  }

  return sheet.build({ id: 'review', lang, sheetName: REVIEW_SHEET_NAME[lang], frozenRows: 0, print: ONE_LANDSCAPE_PAGE });
}

function agreementCell(spec: ColumnSpec, kpi: KpiRowValues, row: number, firstKpiRow: number, lang: Lang): TemplateCell {
  const at = (key: ColumnKey) => cellAddress(row, agreementColumn(key));
  const typed = kpi[spec.key];
  if (spec.key === 'status') {
    // RAG gives "" for a blank actual or target itself, but an older Excel desktop hands a blank
    // cell over as 0 (office-js issues 4702, 5262): the IF keeps an empty row blank, not Red.
    return computed(`=IF(OR(${at('actual')}="",${at('target')}=""),"",${ragFormula(at('actual'), at('target'), at('direction'), lang).slice(1)})`);
  }
  if ((spec.key === 'actual' || spec.key === 'baseline') && typed === undefined) {
    // Read from the KPI's tracking block, so a month's actual is typed once; a number typed here wins.
    const summary = spec.key === 'actual' ? 'latestActual' : 'baseline';
    return { ...computed(summaryLookup(summary, at('kpi'), TRACKING_SHEET_NAME[lang]), FORMATS.number), style: 'input' };
  }
  if (spec.key === 'weight' && typed === undefined) {
    // Equal shares of the named KPIs until the pair agrees on others: the weights add up to 100 %.
    const names = rangeAddress(firstKpiRow, agreementColumn('kpi'), REVIEW_ROWS.kpis, 1);
    return { ...computed(`=IF(${at('kpi')}="","",1/COUNTA(${names}))`, FORMATS.percent), style: 'input' };
  }
  return input(typed, FORMAT_BY_CONTENT[spec.content]);
}

/**
 * The weighted score under the table, after a blank row so the table ends above it: KPI.SCORE of
 * the rows' attainments by their weights, capped by the cell beside it.
 */
function writeScore(sheet: SheetBuilder, firstKpiRow: number, lang: Lang): void {
  sheet.blankRow();
  const rows = (key: ColumnKey) => rangeAddress(firstKpiRow, agreementColumn(key), REVIEW_ROWS.kpis, 1);
  const cap = cellAddress(sheet.nextRow, SCORE_CAP_COLUMN);
  const attainments = `{ATTAINMENT}(${rows('actual')},${rows('target')},${rows('direction')})`;
  const cells: Cell[] = [label(TEXT.score[lang]), computed(`={SCORE}(${attainments},${rows('weight')},${cap})`, FORMATS.percent)];
  cells[SCORE_CAP_COLUMN - 1] = label(TEXT.cap[lang]);
  cells[SCORE_CAP_COLUMN] = input(DEFAULT_SCORE_CAP, FORMATS.percent);
  cells[SCORE_CAP_COLUMN + 1] = note(TEXT.scoreNote[lang]);
  sheet.row(...cells);
}

function writeEntries(sheet: SheetBuilder, key: EntrySection, entries: readonly (readonly CellValue[])[]): void {
  const dateColumns = DATE_COLUMNS[key] ?? [];
  const rows = Math.max(REVIEW_ROWS[key], entries.length);
  for (let index = 0; index < rows; index++) {
    sheet.row(...SECTION_COLUMNS[key].map((_, columnIndex) =>
      input(entries[index]?.[columnIndex], dateColumns.includes(columnIndex) ? FORMATS.date : undefined)));
  }
}

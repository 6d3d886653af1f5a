import { LANGS, type Lang, type Localized } from './i18n/lang';

/** Workbook facts both hosts need, kept out of the host adapters so they behave alike. */

/** `A`, `B`, …, `Z`, `AA` for a 0-based column index. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1 address of a 0-based cell. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The A1 address of a 0-based rectangle, `A1:C5` (`A1` for one cell). */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/**
 * Whether `name` is one of the sheets a feature names `base` in some language, as uniqueSheetName
 * numbers them (`KPI tracking`, `KPI-opfølgning (2)`), compared as the hosts compare sheet names.
 */
export function isNumberedName(name: string, base: Localized): boolean {
  const wanted = name.toLowerCase();
  return Object.values(base).some((text) => {
    const lower = text.toLowerCase();
    return wanted === lower || (wanted.startsWith(`${lower} (`) && /^ \(\d+\)$/.test(wanted.slice(lower.length)));
  });
}

/**
 * A sheet name not yet taken, so inserting a template never overwrites the user's sheet:
 * `KPI Review`, then `KPI Review (2)`, `KPI Review (3)`. Sheet names compare case-insensitively
 * in both Excel and Sheets.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * An append-only sheet (the agreement history, the check-ins): found by its name in either language,
 * so colleagues who speak different languages keep one record, made with its header on first use,
 * and only ever written below its last row.
 */
export interface AppendLog {
  readonly sheetName: Localized;
  header(lang: Lang): string[];
  /** One number format per column. */
  numberFormats(): string[];
}

/** The log's names to look for, the user's language first: the first found is the one written. */
export function logSheetNames(log: AppendLog, lang: Lang): string[] {
  return [lang, ...LANGS.filter((other) => other !== lang)].map((code) => log.sheetName[code]);
}

/** What a host says when the pane points at a cell that is not there. */
export const CELL_ERRORS = {
  noSheet: (sheetName: string): Localized => ({
    en: `There is no sheet named “${sheetName}” any more.`,
    da: `Der er ikke længere et ark med navnet »${sheetName}«.`,
  }),
  notCell: (row: unknown, column: unknown): Localized => ({
    en: `Not a cell: row ${String(row)}, column ${String(column)}.`,
    da: `Ikke en celle: række ${String(row)}, kolonne ${String(column)}.`,
  }),
};

/** Whether a row and column from the pane are 0-based cell indexes. */
export function isCellIndex(row: unknown, column: unknown): boolean {
  return [row, column].every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
}

/**
 * Whether a host would read this text, written as a cell's value, as something else: both Excel
 * and Sheets read a written string the way they read typing, so `=…`, `+A1`, `-5%` and `@x` become
 * formulas or numbers, `TRUE` / `SAND` a boolean, `1/2` or `2026-01-31` a date, `1.000,5` or `1e3` a
 * number. A reason or KPI name a user typed must stay the text it is, in the history as in the
 * check-in log.
 */
const READ_AS_OTHER = /^\s*(?:[=+\-@]|(?:true|false|sand|falsk)\s*$|\(?\s*[\d.,]+\s*\)?\s*%?\s*$|[\d.,]+e[+-]?\d+\s*$|\d{1,4}\s*[-/.:]\s*\d)/i;

export function readAsOther(text: string): boolean {
  return READ_AS_OTHER.test(text);
}

/**
 * A value as a host must receive it to keep text text: such a string gets the text prefix both
 * hosts share, an apostrophe, which the cell keeps but never shows (so a text that itself starts
 * with an apostrophe gets one more). Numbers and booleans pass as they are.
 */
export function textLiteral<T>(value: T): T | string {
  return typeof value === 'string' && value !== '' && (readAsOther(value) || value.startsWith("'")) ? `'${value}` : value;
}

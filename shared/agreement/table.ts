import { KNOWN_COLUMNS, type ColumnKey, type ColumnSpec } from './columns';
import { cellText, headerKey, listedValueId } from './normalize';
import { headerLanguage, isWrittenAsChange, parseNumber, placeholderText, toFraction } from './reading';
import type { Lang } from '../i18n/lang';
import type { KpiRow, KpiTable } from './schema';

/** A sheet's values, rectangular or not; `toGrid` makes any input one. */
export type Grid = readonly (readonly unknown[])[];

/** Excel's sheet limits: no host returns more, and they bound the work on a hostile input. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Anything a caller passes, as a grid: a non-array is an empty grid, a non-array row an empty row. */
export function toGrid(input: unknown): Grid {
  if (!Array.isArray(input)) return [];
  const rowCount = Math.min(input.length, MAX_ROWS);
  const rows: (readonly unknown[])[] = new Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    const row: unknown = input[r];
    rows[r] = !Array.isArray(row) ? [] : row.length > MAX_COLUMNS ? row.slice(0, MAX_COLUMNS) : row;
  }
  return rows;
}

/** Headers besides KPI a row must hold to be the header row. */
export const MIN_OTHER_HEADERS = 3;

/**
 * The first row holding a KPI header and at least three other known headers, or undefined. Numbers
 * typed as text are read in the header row's language, or `lang` when the headers do not tell.
 */
export function findTable(grid: Grid, lang?: Lang): KpiTable | undefined {
  for (let r = 0; r < grid.length; r++) {
    const columns = headerColumns(grid[r]);
    if (columns) return { headerRow: r, columns, rows: readKpiRows(grid, r, columns, headerLanguage(grid[r]) ?? lang) };
  }
  return undefined;
}

type ColumnIndexes = Partial<Record<ColumnKey, number>>;

/** The header row's columns by key (the leftmost of repeated headers), if the row is a header row. */
function headerColumns(row: readonly unknown[]): ColumnIndexes | undefined {
  const columns: ColumnIndexes = {};
  let found = 0;
  for (let c = 0; c < row.length; c++) {
    const key = headerKey(row[c]);
    if (key !== undefined && columns[key] === undefined) {
      columns[key] = c;
      found++;
    }
  }
  return columns.kpi !== undefined && found - 1 >= MIN_OTHER_HEADERS ? columns : undefined;
}

/** Cells that make a row without a KPI name a KPI row all the same (an unnamed KPI). */
const ROW_MAKERS = ['definition', 'target', 'owner', 'source'] as const;

/**
 * The rows under the header up to the first that has neither a KPI name nor any of ROW_MAKERS
 * (a placeholder counts as blank, so a "-" in an unused row ends the table).
 */
function readKpiRows(grid: Grid, headerRow: number, columns: ColumnIndexes, lang: Lang | undefined): KpiRow[] {
  const present = KNOWN_COLUMNS.filter((spec) => columns[spec.key] !== undefined);
  const rows: KpiRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row: Record<string, { text: string } | number> = { row: r };
    for (const spec of present) {
      const column = columns[spec.key] ?? 0;
      row[spec.key] = readCell(spec, grid[r][column], r, column, lang);
    }
    const filled = (key: ColumnKey) => {
      const cell = row[key];
      return typeof cell === 'object' && cell.text !== '';
    };
    if (!filled('kpi') && !ROW_MAKERS.some(filled)) break;
    // The cells follow KpiRowSchema by construction; test/validator/table.test.ts parses them with it.
    rows.push(row as unknown as KpiRow);
  }
  return rows;
}

function readCell(spec: ColumnSpec, value: unknown, row: number, column: number, lang: Lang | undefined) {
  const text = cellText(value);
  if (spec.content === 'listed') {
    const id = listedValueId(spec, value);
    if (id !== undefined) return { row, column, text, value: id };
  }
  const placeholder = spec.content === 'formula' ? undefined : placeholderText(value);
  if (placeholder !== undefined) return { row, column, text: '', placeholder, ...(spec.content === 'text' || spec.content === 'date' ? {} : { value: null }) };
  switch (spec.content) {
    case 'listed':
      return { row, column, text, value: null };
    case 'number':
      // A target written as a change ("+20%") names no level to reach.
      return { row, column, text, value: spec.key === 'target' && isWrittenAsChange(text) ? null : parseNumber(value, lang) };
    case 'percent':
      // "150 %" is already a fraction (1.5); a bare 150 is a percentage by the contract.
      return { row, column, text, value: text.endsWith('%') ? parseNumber(value, lang) : toFraction(parseNumber(value, lang)) };
    default:
      return { row, column, text };
  }
}

export { parseNumber, toFraction };

import { COLUMNS, type ColumnKey, type ColumnSpec } from './columns';
import { cellText, headerKey, isBlank, listedValueId } from './normalize';
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

/** The first row holding a KPI header and at least three other known headers, or undefined. */
export function findTable(grid: Grid): KpiTable | undefined {
  for (let r = 0; r < grid.length; r++) {
    const columns = headerColumns(grid[r]);
    if (columns) return { headerRow: r, columns, rows: readKpiRows(grid, r, columns) };
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

/** The rows under the header up to the first whose KPI cell is blank. */
function readKpiRows(grid: Grid, headerRow: number, columns: ColumnIndexes): KpiRow[] {
  const kpiColumn = columns.kpi ?? 0;
  const present = COLUMNS.filter((spec) => columns[spec.key] !== undefined);
  const rows: KpiRow[] = [];
  for (let r = headerRow + 1; r < grid.length && !isBlank(grid[r][kpiColumn]); r++) {
    const row: Record<string, unknown> = { row: r };
    for (const spec of present) {
      const column = columns[spec.key] ?? 0;
      row[spec.key] = readCell(spec, grid[r][column], r, column);
    }
    // The cells follow KpiRowSchema by construction; test/validator/table.test.ts parses them with it.
    rows.push(row as KpiRow);
  }
  return rows;
}

function readCell(spec: ColumnSpec, value: unknown, row: number, column: number) {
  const text = cellText(value);
  switch (spec.content) {
    case 'listed':
      return { row, column, text, value: listedValueId(spec, value) ?? null };
    case 'number':
      return { row, column, text, value: parseNumber(value) };
    case 'percent':
      return { row, column, text, value: toFraction(parseNumber(value)) };
    default:
      return { row, column, text };
  }
}

/**
 * A cell's number. Numbers pass (when finite); text is read the way people type numbers in
 * English and Danish: spaces between digit groups are dropped; when both `.` and `,` occur the
 * last one is the decimal mark; a single `.` or `,` is the decimal mark ("0,7" is 0.7, and so
 * "1,234" is 1.234, as a Danish reader means it); a repeated one groups thousands ("1.234.567").
 * A trailing `%` divides by 100, as a sheet stores "70 %". Anything else is null.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length > 100) return null;
  let text = value.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (!/^[+-]?(\d+([.,]\d+)*|[.,]\d+)$/.test(text)) return null;
  const number = Number(withDotDecimal(text));
  if (!Number.isFinite(number)) return null;
  return percent ? number / 100 : number;
}

function withDotDecimal(text: string): string {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    return text.split(grouping).join('').replace(decimal, '.');
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (mark === undefined) return text;
  const parts = text.split(mark);
  return parts.length === 2 ? parts.join('.') : parts.join('');
}

/** The contract's reading of an influence: at most 1 is a fraction, above 1 a percentage. */
export function toFraction(value: number | null): number | null {
  if (value === null) return null;
  return value > 1 ? value / 100 : value;
}

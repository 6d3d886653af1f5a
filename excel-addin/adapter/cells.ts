import type { CellValue } from '../../shared/templates/grid';

/**
 * Excel reads a string written through `values` or `formulas` the way it reads typing: `=1+1`
 * becomes a formula, `10%` a number, `2026-01-31` a date. Text meant as text gets Excel's own
 * text prefix, an apostrophe, which the cell keeps but never shows.
 */
const READ_AS_OTHER = /^\s*([=+\-@]|true\s*$|false\s*$|[\d.,]+\s*%?\s*$|\d{1,4}[-/.:]\d)/i;

export function excelLiteral<T>(value: T): T | string {
  return typeof value === 'string' && value !== '' && (READ_AS_OTHER.test(value) || value.startsWith("'")) ? `'${value}` : value;
}

/** A template's values and formulas as one `range.formulas` grid: formulas as they are, text protected. */
export function excelFormulas(values: readonly (readonly CellValue[])[], isFormula: (row: number, column: number) => boolean): CellValue[][] {
  return values.map((line, row) => line.map((value, column) => (isFormula(row, column) ? value : excelLiteral(value))));
}

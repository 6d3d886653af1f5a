import { textLiteral } from '../../shared/workbook';
import type { CellValue } from '../../shared/templates/grid';

/** A template's values and formulas as one `range.formulas` grid: formulas as they are, text kept text (`textLiteral`). */
export function excelFormulas(values: readonly (readonly CellValue[])[], isFormula: (row: number, column: number) => boolean): CellValue[][] {
  return values.map((line, row) => line.map((value, column) => (isFormula(row, column) ? value : textLiteral(value))));
}

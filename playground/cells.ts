import type { CellStyle, ConditionalFill, ListValidation } from '../shared/templates';
import type { Position, SheetLook } from './workbook';

/** Pure look-ups of a sheet's look at one cell, kept apart from the DOM that draws them. */

const inside = (range: ListValidation['range'], at: Position): boolean =>
  at.row >= range.row && at.row < range.row + range.rows && at.column >= range.column && at.column < range.column + range.columns;

/** The dropdown values of a cell, if a validation covers it. */
export function listAt(look: SheetLook | undefined, at: Position): readonly string[] | undefined {
  return look?.validations.find((validation) => inside(validation.range, at))?.values;
}

/** The RAG fill a cell gets for the text it shows, if a conditional fill covers it and matches. */
export function conditionalFillAt(look: SheetLook | undefined, at: Position, shown: string): ConditionalFill | undefined {
  return look?.conditionalFills.find((fill) => inside(fill.range, at) && fill.equals === shown);
}

/** The cell's style with a matching conditional fill laid over it, as Excel lays rules over formats. */
export function cellLook(look: SheetLook | undefined, at: Position, shown: string): CellStyle | undefined {
  const base = look?.styles[at.row]?.[at.column];
  const fill = conditionalFillAt(look, at, shown);
  return fill ? { ...base, fill: fill.fill, fontColor: fill.fontColor } : base;
}

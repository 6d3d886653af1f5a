import { describe, expect, it } from 'vitest';
import { buildTemplate, RAG_FILLS, STYLES } from '../../shared/templates';
import { cellLook, listAt } from '../../playground/cells';
import type { SheetLook } from '../../playground/workbook';

const spec = buildTemplate('review', 'en');
const look: SheetLook = {
  columnWidths: spec.columnWidths,
  frozenRows: spec.frozenRows,
  styles: spec.cells.map((row) => row.map((cell) => (cell?.style ? STYLES[cell.style] : undefined))),
  formats: [],
  validations: spec.validations,
  conditionalFills: spec.conditionalFills,
};
const status = spec.conditionalFills[0].range;

describe('a cell\'s look in the playground grid', () => {
  it('offers the template\'s dropdown values inside a validation range only', () => {
    const { range, values } = spec.validations[spec.validations.length - 1];
    expect(listAt(look, { row: range.row + range.rows - 1, column: range.column })).toEqual(values);
    expect(listAt(look, { row: range.row + range.rows, column: range.column })).toBeUndefined();
    expect(listAt(undefined, { row: 0, column: 0 })).toBeUndefined();
  });

  it('lays the RAG fill over a status cell showing its word', () => {
    const at = { row: status.row, column: status.column };
    expect(cellLook(look, at, 'Red')).toMatchObject(RAG_FILLS.Red);
    expect(cellLook(look, at, 'Green')?.fill).toBe(RAG_FILLS.Green.fill);
  });

  it('keeps the cell\'s own style when the text matches no rule, or outside the range', () => {
    const at = { row: status.row, column: status.column };
    expect(cellLook(look, at, 'Pending')).toEqual(look.styles[at.row][at.column]);
    expect(cellLook(look, { row: status.row - 1, column: status.column }, 'Red')).toEqual(look.styles[status.row - 1][status.column]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTemplate, RAG_FILLS, STYLES } from '../../shared/templates';
import { FORMATS } from '../../shared/templates';
import { cellLook, kpiFunctionOf, listAt, ragFill, resultFormat } from '../../playground/cells';
import type { SheetLook } from '../../playground/workbook';
import { TEMPLATE_MONTH } from '../templates/specs';

const spec = buildTemplate('review', 'en', TEMPLATE_MONTH);
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

  it('formats a KPI result in a cell without a format by the function that made it', () => {
    expect(kpiFunctionOf('=KPI.ATTAINMENT(B2,C2)')).toBe('ATTAINMENT');
    expect(kpiFunctionOf('= kpi.yoy (B2:B30,12)')).toBe('YOY');
    expect(kpiFunctionOf('=SUM(KPI.RAG(1,2))')).toBeUndefined();
    expect(kpiFunctionOf('=KPI.NOPE(1)')).toBeUndefined();
    expect(resultFormat(FORMATS.general, 'PACE')).toBe(FORMATS.percent);
    expect(resultFormat(FORMATS.general, 'TREND')).toBe('0.00');
    expect(resultFormat(FORMATS.number, 'YOY')).toBe(FORMATS.number);
    expect(resultFormat(FORMATS.general, undefined)).toBe(FORMATS.general);
  });

  it('colours a KPI.RAG result anywhere by its word in either language', () => {
    expect(ragFill('RAG', 'Gul')).toEqual(RAG_FILLS.Amber);
    expect(ragFill('RAG', 'Red')).toEqual(RAG_FILLS.Red);
    expect(ragFill('RAG', 'Blue')).toBeUndefined();
    expect(ragFill('TREND', 'Red')).toBeUndefined();
    expect(cellLook(undefined, { row: 99, column: 0 }, 'Grøn', 'RAG')?.fill).toBe(RAG_FILLS.Green.fill);
  });
});

import type { CellRange, TemplateSpec } from '../../shared/templates/spec';

/** A template twice as tall: its rows, then the same rows again, lists and fills repeated below. */
export function doubled(spec: TemplateSpec): TemplateSpec {
  const rows = spec.cells.length;
  const below = (range: CellRange): CellRange => ({ ...range, row: range.row + rows });
  return {
    ...spec,
    cells: [...spec.cells, ...spec.cells],
    validations: [...spec.validations, ...spec.validations.map((v) => ({ ...v, range: below(v.range) }))],
    conditionalFills: [...spec.conditionalFills, ...spec.conditionalFills.map((f) => ({ ...f, range: below(f.range) }))],
  };
}

/** A small spec with the cases the big ones may not have: frozen rows, text Excel would misread. */
export function trickySpec(): TemplateSpec {
  return {
    id: 'checklist',
    lang: 'en',
    sheetName: 'Tricky',
    columnCount: 3,
    cells: [
      [{ value: 'Header', style: 'header' }, { value: 'Header', style: 'header' }, { value: 'Other', style: 'label' }],
      [{ value: '=not a formula' }, { value: '10%' }, { value: '2026-01-31' }],
      [{ value: 12.5, numberFormat: '0.0' }, { formula: '={RAG}(A3,A3)' }, null],
    ],
    columnWidths: [100, 100, 40],
    frozenRows: 1,
    validations: [{ range: { row: 1, column: 0, rows: 2, columns: 1 }, values: ['Higher', 'Lower'] }],
    conditionalFills: [{ range: { row: 2, column: 1, rows: 1, columns: 1 }, equals: 'Green', fill: '#C6EFCE', fontColor: '#006100' }],
  };
}

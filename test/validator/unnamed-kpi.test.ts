import { describe, expect, it } from 'vitest';
import { COLUMNS, type ColumnKey } from '../../shared/agreement/columns';
import { cellOf, findingsOf, kpiTable, ruleCases } from './helpers';

const [head, ...rows] = kpiTable();
/** A row with only the given cells filled. */
const only = (cells: Partial<Record<ColumnKey, unknown>>) => COLUMNS.map((spec) => cells[spec.key] ?? '');

ruleCases('unnamed-kpi', {
  valid: [
    { name: 'every row named', grid: kpiTable() },
    { name: 'a row with only a type ends the table', grid: [head, rows[0], only({ type: 'Leading' }), only({ owner: 'Anna' })] },
    { name: 'a row of placeholders ends the table', grid: [head, rows[0], only({ kpi: '-', owner: 'n/a', source: 'TBD', target: '?' })] },
  ],
  invalid: [
    {
      name: 'an owner and a target but no name',
      grid: [head, rows[0], only({ owner: 'Anna Berg', target: 30 }), rows[1]],
      expected: [{ severity: 'warning', ...cellOf(1, 'kpi'), message: 'Row 3 has no KPI name but holds details of a KPI: name the KPI, or clear the row.' }],
    },
    { name: 'a definition alone', grid: [head, only({ definition: 'Calls answered within 30 seconds' })], expected: [{ ...cellOf(0, 'kpi') }] },
    { name: 'a data source alone', grid: [head, rows[0], only({ source: 'CRM' })], expected: [{ ...cellOf(1, 'kpi') }] },
    {
      name: 'a placeholder name is named',
      grid: [head, only({ kpi: 'TBD', definition: 'Share of orders picked without error' })],
      expected: [{ ...cellOf(0, 'kpi'), message: 'Row 2 has no KPI name (“TBD” counts as blank) but holds details of a KPI: name the KPI, or clear the row.' }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: [head, rows[0], only({ owner: 'Anna Berg' })],
      expected: [{ message: 'Række 3 har intet KPI-navn, men rummer oplysninger om en KPI: giv KPI’en et navn, eller ryd rækken.' }],
    },
  ],
});

describe('an unnamed KPI row', () => {
  it('belongs to the table: the rows after it are read, and other rules name it by its row', () => {
    const grid = [head, rows[0], only({ owner: 'Anna Berg', target: 30 }), rows[1]];
    expect(findingsOf('source', grid).map((f) => f.message)).toEqual(['The KPI on row 3 has no data source: agree where the numbers come from.']);
    // Three KPI rows: the unnamed one counts.
    expect(findingsOf('kpi-count', grid)).toEqual([]);
    expect(findingsOf('source', grid, 'da').map((f) => f.message)).toEqual(['KPI’en i række 3 har ingen datakilde: aftal, hvor tallene kommer fra.']);
  });
});

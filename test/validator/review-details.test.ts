import { HEADER_FIELDS } from '../../shared/agreement/sections';
import { kpiTable, reviewGrid, rowOf, ruleCases } from './helpers';

/** The sound review sheet with one header field's value changed. */
function withDetail(field: keyof typeof HEADER_FIELDS, value: unknown, lang: 'en' | 'da' = 'en'): unknown[][] {
  return reviewGrid({ lang }).map((row) => (row[0] === HEADER_FIELDS[field][lang] ? [row[0], value] : row));
}
const valueCell = (grid: unknown[][], label: string) => ({ row: rowOf(grid, label), column: 1 });

const blankEmployee = withDetail('employee', '');
const placeholderManager = withDetail('manager', 'TBD');
const labelOnly = reviewGrid().map((row) => (row[0] === 'Period' ? ['Period'] : row));

ruleCases('review-details', {
  valid: [
    { name: 'a sound review sheet', grid: reviewGrid() },
    { name: 'a bare table', grid: kpiTable() },
    { name: 'labels only below the header row', grid: [...kpiTable(), [], ['Employee', '']] },
    { name: 'a Danish review sheet', lang: 'da', grid: reviewGrid({ lang: 'da' }) },
  ],
  invalid: [
    {
      name: 'a blank employee',
      grid: blankEmployee,
      expected: [{ severity: 'warning', ...valueCell(blankEmployee, 'Employee'), message: '“Employee” is blank: write whom the agreement is for.' }],
    },
    {
      name: 'a placeholder manager is named',
      grid: placeholderManager,
      expected: [{ ...valueCell(placeholderManager, 'Manager'), message: '“Manager” is blank (“TBD” counts as blank): write who agrees the KPIs with the employee.' }],
    },
    { name: 'a label with no cell beside it', grid: labelOnly, expected: [{ ...valueCell(labelOnly, 'Period') }] },
    {
      name: 'a bare table under the four labels, all blank',
      grid: [['Employee', ''], ['Manager', null], ['Period', ' '], ['Review date', ''], ...kpiTable()],
      expected: [{ row: 0, column: 1 }, { row: 1, column: 1 }, { row: 2, column: 1 }, { row: 3, column: 1 }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withDetail('reviewDate', '', 'da'),
      expected: [{ message: '“Samtaledato” er ikke udfyldt: skriv, hvornår samtalen blev holdt.' }],
    },
    { name: 'Periode, in Danish', lang: 'da', grid: withDetail('period', '-', 'da'), expected: [{ message: '“Periode” er ikke udfyldt (“-” tæller som tomt): skriv, hvilken periode KPI’erne gælder for.' }] },
  ],
});

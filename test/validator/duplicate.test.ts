import { cellOf, kpiTable, ruleCases, withKpiValue } from './helpers';

ruleCases('duplicate', {
  valid: [
    { name: 'distinct names', grid: kpiTable() },
    { name: 'names that differ inside', grid: withKpiValue(1, 'kpi', 'Hit  rate 2') },
  ],
  invalid: [
    {
      name: 'the same name, other case and spaces',
      grid: withKpiValue(1, 'kpi', '  booked DEMO meetings '),
      expected: [{ severity: 'warning', ...cellOf(1, 'kpi'), message: '“booked DEMO meetings” already stands on row 2.' }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withKpiValue(3, 'kpi', 'New ARR', 'da'),
      expected: [{ ...cellOf(3, 'kpi'), message: '“New ARR” står allerede i række 4.' }],
    },
  ],
});

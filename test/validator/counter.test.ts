import { cellOf, kpiTable, ruleCases, withKpiValue, withoutColumn } from './helpers';

ruleCases('counter', {
  valid: [
    { name: 'counters naming KPIs, trimmed and in any case', grid: kpiTable() },
    { name: 'a blank counter', grid: withKpiValue(0, 'counter', '   ') },
    { name: 'no counter column', grid: withoutColumn('counter') },
  ],
  invalid: [
    {
      name: 'a name not in the table',
      grid: withKpiValue(0, 'counter', 'Churn'),
      expected: [{ severity: 'warning', ...cellOf(0, 'counter'), message: '“Booked demo meetings”: the counter-KPI “Churn” is not a KPI of this table.' }],
    },
    { name: 'a near miss', grid: withKpiValue(3, 'counter', 'Booked demo meeting'), expected: [{ ...cellOf(3, 'counter') }] },
  ],
});

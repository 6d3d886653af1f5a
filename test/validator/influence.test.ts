import { cellOf, kpiTable, ruleCases, withKpiValue, withoutColumn } from './helpers';

ruleCases('influence', {
  valid: [
    { name: 'sound influences, Team at 40 %', grid: kpiTable() },
    { name: 'exactly 70 % as a percentage', grid: withKpiValue(0, 'influence', 70) },
    { name: 'exactly 70 % as a fraction', grid: withKpiValue(0, 'influence', 0.7) },
    { name: 'exactly 70 % as text', grid: withKpiValue(0, 'influence', '70 %') },
    { name: 'a Danish decimal fraction', grid: withKpiValue(0, 'influence', '0,75') },
    { name: 'a blank influence', grid: withKpiValue(0, 'influence', '') },
    { name: 'a low influence on a Team KPI', grid: withKpiValue(2, 'influence', 10) },
    { name: 'no influence column', grid: withoutColumn('influence') },
    { name: 'a negative influence is invalid-value\'s, not low', grid: withKpiValue(0, 'influence', -10) },
    { name: 'a placeholder', grid: withKpiValue(0, 'influence', 'n/a') },
  ],
  invalid: [
    {
      name: 'a percentage below 70',
      grid: withKpiValue(0, 'influence', 69),
      expected: [{ severity: 'warning', ...cellOf(0, 'influence'), message: expect('69 %') }],
    },
    { name: 'a fraction below 0.7', grid: withKpiValue(1, 'influence', 0.5), expected: [{ ...cellOf(1, 'influence'), message: expect('50 %', 'Hit rate') }] },
    { name: '1.5 reads as 1.5 %', grid: withKpiValue(1, 'influence', 1.5), expected: [{ ...cellOf(1, 'influence') }] },
    { name: 'text "60 %"', grid: withKpiValue(1, 'influence', '60 %'), expected: [{ ...cellOf(1, 'influence') }] },
    {
      name: 'in Danish, with a decimal comma',
      lang: 'da',
      grid: withKpiValue(1, 'influence', 0.625, 'da'),
      expected: [{ message: '“Hit rate”: medarbejderen kan kun påvirke 62,5 % af den; sigt efter mindst 70 %, eller gør den til en team-KPI.' }],
    },
    { name: 'an invalid scope is not Team', grid: withKpiValue(2, 'scope', 'Group'), expected: [{ ...cellOf(2, 'influence') }] },
  ],
});

function expect(percent: string, kpi = 'Booked demo meetings'): string {
  return `“${kpi}”: the employee influences only ${percent} of it; aim for at least 70 %, or make it a Team KPI.`;
}

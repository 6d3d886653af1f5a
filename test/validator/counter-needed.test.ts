import { cellOf, kpiTable, ruleCases, SOUND_KPIS, withKpiValue, withoutColumn } from './helpers';

ruleCases('counter-needed', {
  valid: [
    { name: 'every Quantity or Output KPI has a counter-KPI', grid: kpiTable() },
    { name: 'an Outcome Quality KPI needs none', grid: withKpiValue(1, 'counter', '') },
    { name: 'no counter column', grid: withoutColumn('counter') },
    { name: 'Quantitative with a counter, typed as people do', grid: withKpiValue(0, 'kind', 'Quantitative') },
  ],
  invalid: [
    {
      name: 'an Output Quantity KPI without one',
      grid: withKpiValue(0, 'counter', ''),
      expected: [{ severity: 'warning', ...cellOf(0, 'counter'), message: '“Booked demo meetings” counts quantity or output but has no counter-KPI: name one that guards against unwanted behaviour, such as a quality KPI.' }],
    },
    { name: 'an Outcome Quantity KPI without one', grid: withKpiValue(2, 'counter', '  '), expected: [{ severity: 'warning', ...cellOf(2, 'counter') }] },
    {
      name: 'an Output Quality KPI without one',
      grid: kpiTable('en', SOUND_KPIS.map((kpi, i) => (i === 1 ? { ...kpi, focus: 'Output' } : kpi))),
      expected: [{ ...cellOf(1, 'counter') }],
    },
    {
      name: 'a placeholder is named',
      grid: withKpiValue(0, 'counter', 'n/a'),
      expected: [{ ...cellOf(0, 'counter'), message: '“Booked demo meetings” counts quantity or output but has no counter-KPI (“n/a” counts as blank): name one that guards against unwanted behaviour, such as a quality KPI.' }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withKpiValue(0, 'counter', '', 'da'),
      expected: [{ message: '“Booked demo meetings” måler mængde eller output, men har ingen counter-KPI: angiv en, der modvirker uønsket adfærd, fx en kvalitets-KPI.' }],
    },
  ],
});

import { cellOf, kpiTable, ruleCases, SOUND_KPIS, withKpiValue, withoutColumn } from './helpers';

/** The sound table with the first KPI (Leading, Weekly) changed. */
const leading = (change: Record<string, unknown>, lang: 'en' | 'da' = 'en') =>
  kpiTable(lang, SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, ...change } : kpi)));

ruleCases('cadence', {
  valid: [
    { name: 'leading weekly, lagging monthly and daily', grid: kpiTable() },
    { name: 'a Leading KPI measured daily', grid: withKpiValue(0, 'cadence', 'Daily') },
    { name: 'a Lagging KPI measured monthly, in the Danish adjective form', grid: withKpiValue(1, 'cadence', 'Månedlig') },
    { name: 'a Lagging KPI measured weekly (Ugentlig)', grid: withKpiValue(1, 'cadence', 'ugentlig') },
    { name: 'a Lagging KPI measured every two weeks', grid: withKpiValue(1, 'cadence', 'Fortnightly') },
    { name: 'a KPI without a type measured monthly', grid: leading({ type: '', cadence: 'Monthly' }) },
    { name: 'a blank cadence', grid: withKpiValue(0, 'cadence', '') },
    { name: 'no cadence column', grid: withoutColumn('cadence') },
  ],
  invalid: [
    {
      name: 'a Leading KPI measured monthly',
      grid: withKpiValue(0, 'cadence', 'Monthly'),
      expected: [{ severity: 'warning', ...cellOf(0, 'cadence'), message: '“Booked demo meetings” is a Leading KPI measured monthly: follow leading KPIs weekly or daily, so you can correct course in time.' }],
    },
    { name: 'a Leading KPI measured quarterly', grid: withKpiValue(0, 'cadence', 'Kvartalsvis'), expected: [{ severity: 'warning', ...cellOf(0, 'cadence') }] },
    { name: 'a Leading KPI measured yearly: one finding', grid: withKpiValue(0, 'cadence', 'Yearly'), expected: [{ severity: 'warning', ...cellOf(0, 'cadence') }] },
    { name: 'a Leading KPI typed Lead, measured monthly', grid: leading({ type: 'Lead', cadence: 'Monthly' }), expected: [{ severity: 'warning' }] },
    { name: 'a Lagging KPI measured yearly', grid: withKpiValue(1, 'cadence', 'Årlig'), expected: [{ severity: 'warning', ...cellOf(1, 'cadence'), message: '“Hit rate” is measured yearly: that is too rare to steer by; measure it monthly or quarterly.' }] },
    {
      name: 'a Lagging KPI measured quarterly is a note',
      grid: withKpiValue(2, 'cadence', 'Quarterly'),
      expected: [{ severity: 'info', ...cellOf(2, 'cadence'), message: '“New ARR” is measured quarterly: fine to report each quarter, but make sure it can be measured every month.' }],
    },
    { name: 'a Leading KPI every two weeks is a note', grid: withKpiValue(0, 'cadence', 'Bi-weekly'), expected: [{ severity: 'info', ...cellOf(0, 'cadence') }] },
    {
      name: 'in Danish: leading measured monthly',
      lang: 'da',
      grid: leading({ cadence: 'Monthly' }, 'da'),
      expected: [{ message: '“Booked demo meetings” er en leading-KPI, der måles månedligt: følg leading-KPI’er ugentligt eller dagligt, så I kan nå at rette kursen.' }],
    },
    {
      name: 'in Danish: quarterly',
      lang: 'da',
      grid: withKpiValue(2, 'cadence', 'Quarterly', 'da'),
      expected: [{ severity: 'info', message: '“New ARR” måles kvartalsvist: den må gerne rapporteres hvert kvartal, men sørg for, at den kan måles hver måned.' }],
    },
    {
      name: 'in Danish: yearly',
      lang: 'da',
      grid: withKpiValue(1, 'cadence', 'Yearly', 'da'),
      expected: [{ severity: 'warning', message: '“Hit rate” måles årligt: det er for sjældent at styre efter; mål den månedligt eller kvartalsvist.' }],
    },
  ],
});

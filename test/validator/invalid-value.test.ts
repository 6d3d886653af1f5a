import { cellOf, kpiTable, ruleCases, withKpiValue } from './helpers';

ruleCases('invalid-value', {
  valid: [
    { name: 'English values', grid: kpiTable() },
    { name: 'Danish values in an English sheet', grid: withKpiValue(0, 'kind', 'Kvantitet') },
    { name: 'aliases', grid: withKpiValue(0, 'scope', 'individuel') },
    { name: 'case and spaces', grid: withKpiValue(0, 'cadence', '  WEEKLY ') },
    { name: 'blank values are not invalid', grid: withKpiValue(0, 'direction', '') },
    { name: 'free text columns take anything', grid: withKpiValue(0, 'owner', 'Leadingg') },
  ],
  invalid: [
    {
      name: 'a misspelt type',
      grid: withKpiValue(0, 'type', 'Leadingg'),
      expected: [{ severity: 'error', ...cellOf(0, 'type'), message: '“Booked demo meetings”: “Leadingg” is not a valid Type; use Leading or Lagging.' }],
    },
    { name: 'a number as cadence', grid: withKpiValue(1, 'cadence', 12), expected: [{ ...cellOf(1, 'cadence') }] },
    {
      name: 'two bad cells on one row, left to right',
      grid: kpiTable('en').map((row, r) => (r === 1 ? row.map((cell, c) => (c === cellOf(0, 'focus').column || c === cellOf(0, 'scope').column ? 'Both' : cell)) : row)),
      expected: [{ ...cellOf(0, 'focus') }, { ...cellOf(0, 'scope') }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withKpiValue(1, 'cadence', 'Hver time', 'da'),
      expected: [{ message: '“Hit rate”: “Hver time” er ikke en gyldig værdi for frekvens; brug Dagligt, Ugentligt, Månedligt, Kvartalsvist eller Årligt.' }],
    },
  ],
});

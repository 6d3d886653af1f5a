import { cellOf, kpiTable, ruleCases, withKpiValue } from './helpers';

ruleCases('invalid-value', {
  valid: [
    { name: 'English values', grid: kpiTable() },
    { name: 'Danish values in an English sheet', grid: withKpiValue(0, 'kind', 'Kvantitet') },
    { name: 'aliases', grid: withKpiValue(0, 'scope', 'individuel') },
    { name: 'case and spaces', grid: withKpiValue(0, 'cadence', '  WEEKLY ') },
    { name: 'blank values are not invalid', grid: withKpiValue(0, 'direction', '') },
    { name: 'free text columns take anything', grid: withKpiValue(0, 'owner', 'Leadingg') },
    { name: 'direction Target and Mål', grid: kpiTable('en').map((row, r) => (r === 1 ? row.map((cell, c) => (c === cellOf(0, 'direction').column ? 'Target' : cell)) : r === 2 ? row.map((cell, c) => (c === cellOf(0, 'direction').column ? 'Mål' : cell)) : row)) },
    { name: 'placeholders in listed columns read as blank', grid: withKpiValue(0, 'scope', 'n/a') },
    { name: 'an influence of 100 % and of 0', grid: withKpiValue(0, 'influence', 100) },
    { name: 'an influence of 0', grid: withKpiValue(1, 'influence', 0) },
    { name: 'a placeholder influence', grid: withKpiValue(1, 'influence', '-') },
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
      name: 'an influence above 100 %',
      grid: withKpiValue(0, 'influence', 120),
      expected: [{ severity: 'error', ...cellOf(0, 'influence'), message: '“Booked demo meetings”: an influence of “120” is not possible; write a share from 0 to 100 %.' }],
    },
    { name: 'an influence above 100 % as text', grid: withKpiValue(0, 'influence', '150 %'), expected: [{ ...cellOf(0, 'influence') }] },
    { name: 'a negative influence', grid: withKpiValue(0, 'influence', -0.2), expected: [{ ...cellOf(0, 'influence') }] },
    {
      name: 'an influence that is no number',
      grid: withKpiValue(0, 'influence', 'high'),
      expected: [{ ...cellOf(0, 'influence'), message: '“Booked demo meetings”: the influence “high” is not a number; write the share of the KPI the employee influences, e.g. 80 %.' }],
    },
    { name: 'an influence above 100 %, in Danish', lang: 'da', grid: withKpiValue(0, 'influence', 120, 'da'), expected: [{ message: '“Booked demo meetings”: en indflydelse på “120” er ikke mulig; skriv en andel fra 0 til 100 %.' }] },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withKpiValue(1, 'cadence', 'Hver time', 'da'),
      expected: [{ message: '“Hit rate”: “Hver time” er ikke en gyldig værdi for frekvens; brug Dagligt, Ugentligt, Månedligt, Kvartalsvist eller Årligt.' }],
    },
  ],
});

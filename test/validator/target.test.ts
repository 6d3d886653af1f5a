import { cellOf, kpiTable, ruleCases, withKpiValue, withoutColumn } from './helpers';

ruleCases('target', {
  valid: [
    { name: 'numeric targets', grid: kpiTable() },
    { name: 'a numeric string', grid: withKpiValue(0, 'target', ' 25 ') },
    { name: 'a Danish decimal', grid: withKpiValue(1, 'target', '0,25') },
    { name: 'a percentage', grid: withKpiValue(1, 'target', '25 %') },
    { name: 'zero', grid: withKpiValue(0, 'target', 0) },
    { name: 'Danish thousands in a Danish sheet', lang: 'da', grid: withKpiValue(2, 'target', '5.000.000', 'da') },
    { name: 'a negative level', grid: withKpiValue(0, 'target', '-5') },
    { name: 'no target column', grid: withoutColumn('target') },
  ],
  invalid: [
    { name: 'a blank target', grid: withKpiValue(0, 'target', ''), expected: [{ severity: 'error', ...cellOf(0, 'target'), message: '“Booked demo meetings” has no target.' }] },
    { name: 'text', grid: withKpiValue(2, 'target', '5 mio.'), expected: [{ severity: 'error', ...cellOf(2, 'target'), message: '“New ARR”: the target “5 mio.” is not a number.' }] },
    { name: 'a boolean', grid: withKpiValue(2, 'target', true), expected: [{ ...cellOf(2, 'target') }] },
    { name: 'NaN', grid: withKpiValue(2, 'target', Number.NaN), expected: [{ ...cellOf(2, 'target') }] },
    { name: 'in Danish', lang: 'da', grid: withKpiValue(2, 'target', 'mange', 'da'), expected: [{ message: '“New ARR”: målet “mange” er ikke et tal.' }] },
    { name: 'a placeholder is named', grid: withKpiValue(0, 'target', 'TBD'), expected: [{ ...cellOf(0, 'target'), message: '“Booked demo meetings” has no target (“TBD” counts as blank).' }] },
    { name: 'a placeholder in parentheses', grid: withKpiValue(0, 'target', '(not used)'), expected: [{ ...cellOf(0, 'target') }] },
    { name: 'a Danish placeholder', lang: 'da', grid: withKpiValue(0, 'target', 'mangler', 'da'), expected: [{ message: '“Booked demo meetings” har intet mål (“mangler” tæller som tomt).' }] },
    {
      name: 'a change, not a level',
      grid: withKpiValue(0, 'target', '+20%'),
      expected: [{ severity: 'error', ...cellOf(0, 'target'), message: '“Booked demo meetings”: the target “+20%” is a change, not a level: write the level to reach (24 from this baseline).' }],
    },
    { name: 'a change in units', grid: withKpiValue(0, 'target', '+5'), expected: [{ message: '“Booked demo meetings”: the target “+5” is a change, not a level: write the level to reach (25 from this baseline).' }] },
    {
      name: 'a change, in Danish, from a decimal baseline',
      lang: 'da',
      grid: withKpiValue(1, 'target', '+ 10 %', 'da'),
      expected: [{ message: '“Hit rate”: målet “+ 10 %” er en ændring, ikke et niveau: skriv det niveau, der skal nås (0,22 ud fra denne baseline).' }],
    },
    { name: 'a change without a baseline', grid: kpiTable('en').map((row, r) => (r === 1 ? row.map((cell, c) => (c === cellOf(0, 'baseline').column ? '' : c === cellOf(0, 'target').column ? '+20%' : cell)) : row)), expected: [{ message: '“Booked demo meetings”: the target “+20%” is a change, not a level: write the level to reach, the baseline plus the change.' }] },
  ],
});

import { cellOf, kpiTable, ruleCases, withKpiValue, withoutColumn } from './helpers';

ruleCases('target', {
  valid: [
    { name: 'numeric targets', grid: kpiTable() },
    { name: 'a numeric string', grid: withKpiValue(0, 'target', ' 25 ') },
    { name: 'a Danish decimal', grid: withKpiValue(1, 'target', '0,25') },
    { name: 'a percentage', grid: withKpiValue(1, 'target', '25 %') },
    { name: 'zero', grid: withKpiValue(0, 'target', 0) },
    { name: 'no target column', grid: withoutColumn('target') },
  ],
  invalid: [
    { name: 'a blank target', grid: withKpiValue(0, 'target', ''), expected: [{ severity: 'error', ...cellOf(0, 'target'), message: '“Booked demo meetings” has no target.' }] },
    { name: 'text', grid: withKpiValue(2, 'target', '5 mio.'), expected: [{ severity: 'error', ...cellOf(2, 'target'), message: '“New ARR”: the target “5 mio.” is not a number.' }] },
    { name: 'a boolean', grid: withKpiValue(2, 'target', true), expected: [{ ...cellOf(2, 'target') }] },
    { name: 'NaN', grid: withKpiValue(2, 'target', Number.NaN), expected: [{ ...cellOf(2, 'target') }] },
    { name: 'in Danish', lang: 'da', grid: withKpiValue(2, 'target', 'mange', 'da'), expected: [{ message: '“New ARR”: målet “mange” er ikke et tal.' }] },
  ],
});

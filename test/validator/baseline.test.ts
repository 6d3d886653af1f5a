import { cellOf, kpiTable, ruleCases, withKpiValue } from './helpers';

ruleCases('baseline', {
  valid: [
    { name: 'numeric baselines', grid: kpiTable() },
    { name: 'Danish thousands in a Danish sheet', lang: 'da', grid: withKpiValue(2, 'baseline', '4.000.000', 'da') },
    { name: 'a baseline of 0', grid: withKpiValue(0, 'baseline', 0) },
  ],
  invalid: [
    {
      name: 'a placeholder is named',
      grid: withKpiValue(0, 'baseline', 'n/a'),
      expected: [{ severity: 'warning', ...cellOf(0, 'baseline'), message: '“Booked demo meetings” has no baseline (“n/a” counts as blank): without one the target may be set too high or too low.' }],
    },
    {
      name: 'a baseline written as text',
      grid: withKpiValue(0, 'baseline', 'about 20'),
      expected: [{ severity: 'warning', ...cellOf(0, 'baseline'), message: '“Booked demo meetings”: the baseline “about 20” is not a number: write the level measured in the baseline period.' }],
    },
    {
      name: 'a text baseline, in Danish',
      lang: 'da',
      grid: withKpiValue(1, 'baseline', 'ca. 20 %', 'da'),
      expected: [{ message: '“Hit rate”: baselinen “ca. 20 %” er ikke et tal: skriv det niveau, der blev målt i baselineperioden.' }],
    },
    { name: 'a Danish placeholder', lang: 'da', grid: withKpiValue(1, 'baseline', 'ikke relevant', 'da'), expected: [{ message: '“Hit rate” har ingen baseline (“ikke relevant” tæller som tomt): uden den risikerer målet at blive sat for højt eller for lavt.' }] },
  ],
});

import { cellOf, kpiTable, ruleCases, SOUND_KPIS, withKpiValue, withoutColumn } from './helpers';

const row0 = (baseline: unknown, baselinePeriod: unknown, lang: 'en' | 'da' = 'en') =>
  kpiTable(lang, SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, baseline, baselinePeriod } : kpi)));

ruleCases('baseline-period', {
  valid: [
    { name: 'every baseline has its period', grid: kpiTable() },
    { name: 'no baseline, no period', grid: row0('', '') },
    { name: 'a placeholder baseline, no period', grid: row0('n/a', '') },
    { name: 'no baseline period column', grid: withoutColumn('baselinePeriod') },
    { name: 'no baseline column', grid: withoutColumn('baseline') },
  ],
  invalid: [
    {
      name: 'a baseline without its period',
      grid: withKpiValue(1, 'baselinePeriod', ''),
      expected: [{ severity: 'warning', ...cellOf(1, 'baselinePeriod'), message: '“Hit rate” has a baseline but no baseline period: write which months make the normal picture, leaving out one-off events.' }],
    },
    { name: 'a baseline of 0', grid: row0(0, ''), expected: [{ ...cellOf(0, 'baselinePeriod') }] },
    { name: 'a placeholder period is named', grid: row0(20, '?'), expected: [{ ...cellOf(0, 'baselinePeriod'), message: '“Booked demo meetings” has a baseline but no baseline period (“?” counts as blank): write which months make the normal picture, leaving out one-off events.' }] },
    {
      name: 'in Danish',
      lang: 'da',
      grid: row0(20, '', 'da'),
      expected: [{ message: '“Booked demo meetings” har en baseline, men ingen baselineperiode: skriv, hvilke måneder der udgør et normalt billede, uden engangsbegivenheder.' }],
    },
  ],
});

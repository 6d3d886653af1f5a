import { cellOf, kpiTable, ruleCases, SOUND_KPIS, withoutColumn } from './helpers';

const row0 = (baseline: unknown, target: unknown, direction: unknown = 'Higher', lang: 'en' | 'da' = 'en') =>
  kpiTable(lang, SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, baseline, target, direction } : kpi)));

ruleCases('ambition', {
  valid: [
    { name: 'better targets', grid: kpiTable() },
    { name: 'Lower: a target below baseline', grid: row0(8, 7, 'Lower') },
    { name: 'Target: a target equal to the baseline', grid: row0(20, 20, 'Target') },
    { name: 'Mål: a target below the baseline', grid: row0(20, 15, 'Mål') },
    { name: 'a blank target', grid: row0(20, '') },
    { name: 'no baseline column', grid: withoutColumn('baseline') },
  ],
  invalid: [
    { name: 'Higher: a target below baseline', grid: row0(20, 15), expected: [{ severity: 'info', ...cellOf(0, 'target'), message: '“Booked demo meetings”: the target is worse than the baseline. Is that intended?' }] },
    { name: 'Lower: a target above baseline', grid: row0(8, 9, 'Lower'), expected: [{ severity: 'info', ...cellOf(0, 'target') }] },
    { name: 'worse than a baseline of 0', grid: row0(0, -1), expected: [{ severity: 'info' }] },
    {
      name: 'a target equal to the baseline',
      grid: row0(20, 20),
      expected: [{ severity: 'info', ...cellOf(0, 'target'), message: '“Booked demo meetings”: the target equals the baseline. Agree on an improvement, or note why holding the level is the goal.' }],
    },
    { name: 'equal as numbers typed differently', grid: row0('0,5', 0.5, 'Lower is better'), expected: [{ severity: 'info', ...cellOf(0, 'target') }] },
    {
      name: 'equal, in Danish',
      lang: 'da',
      grid: row0(20, 20, 'Higher', 'da'),
      expected: [{ message: '“Booked demo meetings”: målet er lig med baseline. Aftal en forbedring, eller skriv, hvorfor det er målet at holde niveauet.' }],
    },
    { name: 'worse, in Danish', lang: 'da', grid: row0(20, 10, 'Higher', 'da'), expected: [{ message: '“Booked demo meetings”: målet er dårligere end baseline. Er det tilsigtet?' }] },
  ],
});

import { cellOf, kpiTable, ruleCases, SOUND_KPIS, withoutColumn } from './helpers';

const row0 = (baseline: unknown, target: unknown, direction: unknown = 'Higher') =>
  kpiTable('en', SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, baseline, target, direction } : kpi)));

ruleCases('ambition', {
  valid: [
    { name: 'better targets', grid: kpiTable() },
    { name: 'target equal to baseline', grid: row0(20, 20) },
    { name: 'Lower: a target below baseline', grid: row0(8, 7, 'Lower') },
    { name: 'a blank target', grid: row0(20, '') },
    { name: 'no baseline column', grid: withoutColumn('baseline') },
  ],
  invalid: [
    { name: 'Higher: a target below baseline', grid: row0(20, 15), expected: [{ severity: 'info', ...cellOf(0, 'target'), message: '“Booked demo meetings”: the target is worse than the baseline. Is that intended?' }] },
    { name: 'Lower: a target above baseline', grid: row0(8, 9, 'Lower'), expected: [{ severity: 'info', ...cellOf(0, 'target') }] },
    { name: 'worse than a baseline of 0', grid: row0(0, -1), expected: [{ severity: 'info' }] },
  ],
});

import { cellOf, kpiTable, ruleCases, SOUND_KPIS, withKpiValue, withoutColumn } from './helpers';

/** The first KPI with its baseline, target and direction changed. */
const row0 = (baseline: unknown, target: unknown, direction: unknown = 'Higher') =>
  kpiTable('en', SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, baseline, target, direction } : kpi)));

ruleCases('realism', {
  valid: [
    { name: 'targets 25 % better', grid: kpiTable() },
    { name: 'exactly 50 % better', grid: row0(100, 150) },
    { name: 'exactly 50 % better in decimals', grid: row0(0.3, 0.45) },
    { name: 'Lower: 50 % down', grid: row0(8, 4, 'Lower') },
    { name: 'Lower: a big rise is no gain', grid: row0(8, 40, 'Lower') },
    { name: 'baseline 0 never fires', grid: row0(0, 1000) },
    { name: 'a blank baseline', grid: row0('', 1000) },
    { name: 'no baseline column', grid: withoutColumn('baseline') },
    { name: 'a Target KPI is never unrealistic', grid: row0(100, 200, 'Target') },
    { name: 'a target written as a change has no level to judge', grid: row0(100, '+80%') },
  ],
  invalid: [
    { name: 'Higher: 60 % up', grid: row0(100, 160), expected: [{ severity: 'warning', ...cellOf(0, 'target'), message: '“Booked demo meetings”: the target is 60 % better than the baseline; more than 50 % is rarely realistic.' }] },
    { name: 'a blank direction reads as Higher', grid: row0(100, 151, ''), expected: [{ ...cellOf(0, 'target') }] },
    { name: 'an unreadable direction reads as Higher', grid: row0(100, 151, 'Sideways'), expected: [{ ...cellOf(0, 'target') }] },
    { name: 'Lower: 75 % down', grid: row0(8, 2, 'Lavere'), expected: [{ ...cellOf(0, 'target') }] },
    { name: 'a negative baseline, relative to its size', grid: row0(-10, -4), expected: [{ ...cellOf(0, 'target') }] },
    { name: 'numbers as text', grid: row0('1.000', '1.600'), expected: [{ ...cellOf(0, 'target') }] },
    { name: 'in Danish', lang: 'da', grid: row0(10, 20), expected: [{ message: '“Booked demo meetings”: målet er 100 % bedre end baseline; mere end 50 % er sjældent realistisk.' }] },
    { name: 'in Danish, with a decimal comma', lang: 'da', grid: row0(6, 11), expected: [{ message: '“Booked demo meetings”: målet er 83,3 % bedre end baseline; mere end 50 % er sjældent realistisk.' }] },
    { name: 'in English, with a decimal point', grid: row0(6, 11), expected: [{ message: '“Booked demo meetings”: the target is 83.3 % better than the baseline; more than 50 % is rarely realistic.' }] },
    { name: 'Lower: a target of 1 against 8', grid: withKpiValue(3, 'target', 1), expected: [{ ...cellOf(3, 'target') }] },
  ],
});

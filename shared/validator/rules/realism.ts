import { at, eachRow, isUnrealistic, kpiParams, MAX_REALISTIC_GAIN, named, percentText, relativeGain, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

export const realism = defineRule<KpiParams & { gain: number }>({
  id: 'realism',
  severity: 'warning',
  description: {
    en: 'No target is more than 50 % better than its baseline.',
    da: 'Intet mål er mere end 50 % bedre end sin baseline.',
  },
  messages: {
    en: (p) =>
      `${named.en(p)}: the target is ${percentText(p.gain, 'en')} better than the baseline; more than ${percentText(MAX_REALISTIC_GAIN, 'en')} is rarely realistic.`,
    da: (p) =>
      `${named.da(p)}: målet er ${percentText(p.gain, 'da')} bedre end baseline; mere end ${percentText(MAX_REALISTIC_GAIN, 'da')} er sjældent realistisk.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['target', 'baseline'], (row) =>
      row.target && isUnrealistic(row) ? { at: at(row.target), params: { ...kpiParams(row), gain: relativeGain(row) ?? 0 } } : undefined,
    ),
});

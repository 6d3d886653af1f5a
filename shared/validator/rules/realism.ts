import { at, eachRow, isUnrealistic, MAX_REALISTIC_GAIN, percentText, quote, relativeGain, type KpiParams } from '../kpi-checks';
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
      `${quote.en(p.kpi)}: the target is ${percentText(p.gain)} better than the baseline; more than ${percentText(MAX_REALISTIC_GAIN)} is rarely realistic.`,
    da: (p) =>
      `${quote.da(p.kpi)}: målet er ${percentText(p.gain)} bedre end baseline; mere end ${percentText(MAX_REALISTIC_GAIN)} er sjældent realistisk.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['target', 'baseline'], (row) =>
      row.target && isUnrealistic(row) ? { at: at(row.target), params: { kpi: row.kpi.text, gain: relativeGain(row) ?? 0 } } : undefined,
    ),
});

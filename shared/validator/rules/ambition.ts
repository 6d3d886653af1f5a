import { at, eachRow, isTargetWorseThanBaseline, quote, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

export const ambition = defineRule<KpiParams>({
  id: 'ambition',
  severity: 'info',
  description: {
    en: 'No target is worse than its baseline.',
    da: 'Intet mål er dårligere end sin baseline.',
  },
  messages: {
    en: (p) => `${quote.en(p.kpi)}: the target is worse than the baseline. Is that intended?`,
    da: (p) => `${quote.da(p.kpi)}: målet er dårligere end baseline. Er det tilsigtet?`,
  },
  check: (agreement) =>
    eachRow(agreement, ['target', 'baseline'], (row) =>
      row.target && isTargetWorseThanBaseline(row) ? { at: at(row.target), params: { kpi: row.kpi.text } } : undefined,
    ),
});

import { at, eachRow, isTargetNoBetterThanBaseline, kpiParams, named, targetGain, EPSILON, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

export const ambition = defineRule<KpiParams & { equal: boolean }>({
  id: 'ambition',
  severity: 'info',
  description: {
    en: 'Every target is better than its baseline (not for a Target direction).',
    da: 'Hvert mål er bedre end sin baseline (gælder ikke retningen Mål).',
  },
  messages: {
    en: (p) =>
      p.equal
        ? `${named.en(p)}: the target equals the baseline. Agree on an improvement, or note why holding the level is the goal.`
        : `${named.en(p)}: the target is worse than the baseline. Is that intended?`,
    da: (p) =>
      p.equal
        ? `${named.da(p)}: målet er lig med baseline. Aftal en forbedring, eller skriv, hvorfor det er målet at holde niveauet.`
        : `${named.da(p)}: målet er dårligere end baseline. Er det tilsigtet?`,
  },
  check: (agreement) =>
    eachRow(agreement, ['target', 'baseline'], (row) =>
      row.target && isTargetNoBetterThanBaseline(row)
        ? { at: at(row.target), params: { ...kpiParams(row), equal: Math.abs(targetGain(row) ?? 0) <= EPSILON } }
        : undefined,
    ),
});

import { at, eachRow, quote, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

/** `text` is what the cell holds; '' when it is blank. */
export const target = defineRule<KpiParams & { text: string }>({
  id: 'target',
  severity: 'error',
  description: { en: 'Every KPI has a target that is a number.', da: 'Hver KPI har et mål, der er et tal.' },
  messages: {
    en: (p) => (p.text === '' ? `${quote.en(p.kpi)} has no target.` : `${quote.en(p.kpi)}: the target ${quote.en(p.text)} is not a number.`),
    da: (p) => (p.text === '' ? `${quote.da(p.kpi)} har intet mål.` : `${quote.da(p.kpi)}: målet ${quote.da(p.text)} er ikke et tal.`),
  },
  check: (agreement) =>
    eachRow(agreement, ['target'], (row) =>
      row.target && row.target.value === null ? { at: at(row.target), params: { kpi: row.kpi.text, text: row.target.text } } : undefined,
    ),
});

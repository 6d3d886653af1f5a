import { kpiNameKey } from '../../agreement/normalize';
import { at, eachRow, quote, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

export const counter = defineRule<KpiParams & { counter: string }>({
  id: 'counter',
  severity: 'warning',
  description: {
    en: 'A counter-KPI names a KPI of the table.',
    da: 'En counter-KPI er navnet på en KPI i tabellen.',
  },
  messages: {
    en: (p) => `${quote.en(p.kpi)}: the counter-KPI ${quote.en(p.counter)} is not a KPI of this table.`,
    da: (p) => `${quote.da(p.kpi)}: counter-KPI’en ${quote.da(p.counter)} er ikke en KPI i tabellen.`,
  },
  check: (agreement) => {
    const names = new Set(agreement.table?.rows.map((row) => kpiNameKey(row.kpi.text)));
    return eachRow(agreement, ['counter'], (row) =>
      row.counter && row.counter.text !== '' && !names.has(kpiNameKey(row.counter.text))
        ? { at: at(row.counter), params: { kpi: row.kpi.text, counter: row.counter.text } }
        : undefined,
    );
  },
});

import { kpiNameKey } from '../../agreement/normalize';
import { at, eachRow, kpiParams, named, quote, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

export const counter = defineRule<KpiParams & { counter: string }>({
  id: 'counter',
  severity: 'warning',
  description: {
    en: 'A counter-KPI names a KPI of the table.',
    da: 'En counter-KPI er navnet på en KPI i tabellen.',
  },
  messages: {
    en: (p) => `${named.en(p)}: the counter-KPI ${quote(p.counter)} is not a KPI of this table.`,
    da: (p) => `${named.da(p)}: counter-KPI’en ${quote(p.counter)} er ikke en KPI i tabellen.`,
  },
  check: (agreement) => {
    const names = new Set(agreement.table?.rows.filter((row) => row.kpi.text !== '').map((row) => kpiNameKey(row.kpi.text)));
    return eachRow(agreement, ['counter'], (row) =>
      row.counter && row.counter.text !== '' && !names.has(kpiNameKey(row.counter.text))
        ? { at: at(row.counter), params: { ...kpiParams(row), counter: row.counter.text } }
        : undefined,
    );
  },
});

import { kpiNameKey } from '../../agreement/normalize';
import { at, eachRow, quote, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

/** `firstRow` is the earlier row's number as the sheet shows it (1-based). */
export const duplicate = defineRule<KpiParams & { firstRow: number }>({
  id: 'duplicate',
  severity: 'warning',
  description: {
    en: 'Every KPI stands in the table once.',
    da: 'Hver KPI står kun én gang i tabellen.',
  },
  messages: {
    en: (p) => `${quote.en(p.kpi)} already stands on row ${p.firstRow}.`,
    da: (p) => `${quote.da(p.kpi)} står allerede i række ${p.firstRow}.`,
  },
  check: (agreement) => {
    const firstRowByName = new Map<string, number>();
    return eachRow(agreement, [], (row) => {
      const name = kpiNameKey(row.kpi.text);
      const firstRow = firstRowByName.get(name);
      if (firstRow === undefined) {
        firstRowByName.set(name, row.row);
        return undefined;
      }
      return { at: at(row.kpi), params: { kpi: row.kpi.text, firstRow: firstRow + 1 } };
    });
  },
});

import { kpiNameKey } from '../../agreement/normalize';
import { at, eachRow, kpiParams, named, type KpiParams } from '../kpi-checks';
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
    en: (p) => `${named.en(p)} already stands on row ${p.firstRow}.`,
    da: (p) => `${named.da(p)} står allerede i række ${p.firstRow}.`,
  },
  check: (agreement) => {
    const firstRowByName = new Map<string, number>();
    return eachRow(agreement, [], (row) => {
      // Unnamed rows are `unnamed-kpi`'s to report, not copies of each other.
      if (row.kpi.text === '') return undefined;
      const name = kpiNameKey(row.kpi.text);
      const firstRow = firstRowByName.get(name);
      if (firstRow === undefined) {
        firstRowByName.set(name, row.row);
        return undefined;
      }
      return { at: at(row.kpi), params: { ...kpiParams(row), firstRow: firstRow + 1 } };
    });
  },
});

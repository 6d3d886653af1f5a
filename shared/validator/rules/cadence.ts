import { at, eachRow, isListed, listedLabel, quote, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';
import type { ListedId } from '../../agreement/schema';

/** Measured less often than monthly: too slow to steer by. */
const SLOW_CADENCES: readonly ListedId<'cadence'>[] = ['quarterly', 'yearly'];

export const cadence = defineRule<KpiParams & { cadence: ListedId<'cadence'> }>({
  id: 'cadence',
  severity: 'warning',
  description: {
    en: 'Every KPI is measured monthly or more often.',
    da: 'Hver KPI måles månedligt eller oftere.',
  },
  messages: {
    en: (p) => `${quote.en(p.kpi)} is measured ${listedLabel('cadence', p.cadence, 'en').toLowerCase()}: measure it monthly or more often.`,
    da: (p) => `${quote.da(p.kpi)} måles ${listedLabel('cadence', p.cadence, 'da').toLowerCase()}: mål den månedligt eller oftere.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['cadence'], (row) => {
      const slow = SLOW_CADENCES.find((id) => isListed(row, 'cadence', id));
      return row.cadence && slow ? { at: at(row.cadence), params: { kpi: row.kpi.text, cadence: slow } } : undefined;
    }),
});

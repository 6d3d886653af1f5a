import { at, EPSILON, eachRow, isPilot, kpiParams, named, percentText, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

/** The guide's pilot KPI: a new measure tried for learning, without consequences, so without weight. */
export const pilot = defineRule<KpiParams & { weight: number }>({
  id: 'pilot',
  severity: 'info',
  description: {
    en: 'A pilot KPI carries no weight: it is tried for learning, without consequences.',
    da: 'En pilot-KPI har ingen vægt: den afprøves for at lære, uden konsekvenser.',
  },
  messages: {
    en: (p) =>
      `${named.en(p)} is a pilot KPI but weighs ${percentText(p.weight, 'en')}: a pilot is tried for learning, without consequences; give it no weight.`,
    da: (p) =>
      `${named.da(p)} er en pilot-KPI, men vægter ${percentText(p.weight, 'da')}: en pilot afprøves for at lære, uden konsekvenser; giv den ingen vægt.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['pilot', 'weight'], (row) => {
      const weight = row.weight?.value;
      return row.weight && isPilot(row) && weight != null && weight > EPSILON ? { at: at(row.weight), params: { ...kpiParams(row), weight } } : undefined;
    }),
});

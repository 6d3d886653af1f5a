import { at, eachRow, isListed, isPilot, kpiParams, named, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

/**
 * The guide's Business Impact × Control matrix: choose KPIs with a large effect that the employee
 * has high influence on (`influence` holds the control side). A pilot KPI is tried to learn its impact.
 */
export const impact = defineRule<KpiParams & { level: 'low' | 'medium' }>({
  id: 'impact',
  severity: ({ level }) => (level === 'low' ? 'warning' : 'info'),
  severities: ['warning', 'info'],
  description: {
    en: 'Every KPI has a high business impact (the Business Impact × Control matrix): low impact is a warning, medium a note.',
    da: 'Hver KPI har stor effekt for forretningen (Business Impact × Control-matrixen): lav effekt giver en advarsel, middel effekt en bemærkning.',
  },
  messages: {
    en: (p) =>
      p.level === 'low'
        ? `${named.en(p)} has a low impact: choose KPIs where the effect is large and the employee has high influence.`
        : `${named.en(p)} has a medium impact: consider whether a KPI with a larger effect fits better.`,
    da: (p) =>
      p.level === 'low'
        ? `${named.da(p)} har lav effekt: vælg KPI’er, hvor effekten er stor, og medarbejderen har høj indflydelse.`
        : `${named.da(p)} har middel effekt: overvej, om en KPI med større effekt passer bedre.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['impact'], (row) => {
      if (!row.impact || isPilot(row)) return undefined;
      const level = isListed(row, 'impact', 'low') ? 'low' : isListed(row, 'impact', 'medium') ? 'medium' : undefined;
      return level ? { at: at(row.impact), params: { ...kpiParams(row), level } } : undefined;
    }),
});

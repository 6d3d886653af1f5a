import { at, eachRow, hasLowInfluence, kpiParams, MIN_INFLUENCE, named, percentText, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

export const influence = defineRule<KpiParams & { influence: number }>({
  id: 'influence',
  severity: 'warning',
  description: {
    en: 'The employee influences at least 70 % of each KPI that is not a Team KPI.',
    da: 'Medarbejderen kan påvirke mindst 70 % af hver KPI, der ikke er en team-KPI.',
  },
  messages: {
    en: (p) =>
      `${named.en(p)}: the employee influences only ${percentText(p.influence, 'en')} of it; aim for at least ${percentText(MIN_INFLUENCE, 'en')}, or make it a Team KPI.`,
    da: (p) =>
      `${named.da(p)}: medarbejderen kan kun påvirke ${percentText(p.influence, 'da')} af den; sigt efter mindst ${percentText(MIN_INFLUENCE, 'da')}, eller gør den til en team-KPI.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['influence'], (row) =>
      row.influence && row.influence.value !== null && hasLowInfluence(row)
        ? { at: at(row.influence), params: { ...kpiParams(row), influence: row.influence.value } }
        : undefined,
    ),
});

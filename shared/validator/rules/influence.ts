import { at, eachRow, hasLowInfluence, MIN_INFLUENCE, percentText, quote, type KpiParams } from '../kpi-checks';
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
      `${quote.en(p.kpi)}: the employee influences only ${percentText(p.influence)} of it; aim for at least ${percentText(MIN_INFLUENCE)} or make it a Team KPI.`,
    da: (p) =>
      `${quote.da(p.kpi)}: medarbejderen påvirker kun ${percentText(p.influence)} af den; sigt efter mindst ${percentText(MIN_INFLUENCE)}, eller gør den til en team-KPI.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['influence'], (row) =>
      row.influence && row.influence.value !== null && hasLowInfluence(row)
        ? { at: at(row.influence), params: { kpi: row.kpi.text, influence: row.influence.value } }
        : undefined,
    ),
});

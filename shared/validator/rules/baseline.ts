import { blankCellRule, quote } from '../kpi-checks';

export const baseline = blankCellRule(
  'baseline',
  'baseline',
  'warning',
  { en: 'Every KPI has a baseline.', da: 'Hver KPI har en baseline.' },
  {
    en: (p) => `${quote.en(p.kpi)} has no baseline: without one the target may be set too high or too low.`,
    da: (p) => `${quote.da(p.kpi)} har ingen baseline: uden den risikerer målet at blive sat for højt eller for lavt.`,
  },
);

import { blankCellRule, quote } from '../kpi-checks';

export const deadline = blankCellRule(
  'deadline',
  'deadline',
  'warning',
  { en: 'Every KPI has a deadline.', da: 'Hver KPI har en deadline.' },
  {
    en: (p) => `${quote.en(p.kpi)} has no deadline.`,
    da: (p) => `${quote.da(p.kpi)} har ingen deadline.`,
  },
);

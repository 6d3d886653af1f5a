import { blankCellRule, quote } from '../kpi-checks';

export const owner = blankCellRule(
  'owner',
  'owner',
  'error',
  { en: 'Every KPI has an owner.', da: 'Hver KPI har en ejer.' },
  {
    en: (p) => `${quote.en(p.kpi)} has no owner: agree who answers for it.`,
    da: (p) => `${quote.da(p.kpi)} har ingen ejer: aftal, hvem der står for den.`,
  },
);

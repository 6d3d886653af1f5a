import { blankCellRule, quote } from '../kpi-checks';

export const link = blankCellRule(
  'link',
  'link',
  'warning',
  { en: 'Every KPI is tied to a strategic theme or OKR.', da: 'Hver KPI er bundet op på et strategisk tema eller en OKR.' },
  {
    en: (p) => `${quote.en(p.kpi)} has no strategic link: tie it to a strategic theme or OKR.`,
    da: (p) => `${quote.da(p.kpi)} har ingen strategisk kobling: bind den op på et strategisk tema eller en OKR.`,
  },
);

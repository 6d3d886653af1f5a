import { blankCellRule, named, typedNote } from '../kpi-checks';

export const link = blankCellRule(
  'link',
  'link',
  'warning',
  { en: 'Every KPI is tied to a strategic theme or OKR.', da: 'Hver KPI er bundet op på et strategisk tema eller en OKR.' },
  {
    en: (p) => `${named.en(p)} has no strategic link${typedNote.en(p)}: tie it to a strategic theme or OKR.`,
    da: (p) => `${named.da(p)} har ingen strategisk kobling${typedNote.da(p)}: bind den op på et strategisk tema eller en OKR.`,
  },
);

import { blankCellRule, named, typedNote } from '../kpi-checks';

export const owner = blankCellRule(
  'owner',
  'owner',
  'error',
  { en: 'Every KPI has an owner.', da: 'Hver KPI har en ejer.' },
  {
    en: (p) => `${named.en(p)} has no owner${typedNote.en(p)}: agree who answers for it.`,
    da: (p) => `${named.da(p)} har ingen ejer${typedNote.da(p)}: aftal, hvem der står for den.`,
  },
);

import { blankCellRule, named, typedNote } from '../kpi-checks';

export const deadline = blankCellRule(
  'deadline',
  'deadline',
  'warning',
  { en: 'Every KPI has a deadline.', da: 'Hver KPI har en deadline.' },
  {
    en: (p) => `${named.en(p)} has no deadline${typedNote.en(p)}.`,
    da: (p) => `${named.da(p)} har ingen deadline${typedNote.da(p)}.`,
  },
);

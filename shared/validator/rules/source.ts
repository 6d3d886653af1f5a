import { blankCellRule, named, typedNote } from '../kpi-checks';

export const source = blankCellRule(
  'source',
  'source',
  'error',
  { en: 'Every KPI names its data source.', da: 'Hver KPI har en datakilde.' },
  {
    en: (p) => `${named.en(p)} has no data source${typedNote.en(p)}: agree where the numbers come from.`,
    da: (p) => `${named.da(p)} har ingen datakilde${typedNote.da(p)}: aftal, hvor tallene kommer fra.`,
  },
);

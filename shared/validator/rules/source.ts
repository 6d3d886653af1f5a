import { blankCellRule, quote } from '../kpi-checks';

export const source = blankCellRule(
  'source',
  'source',
  'error',
  { en: 'Every KPI names its data source.', da: 'Hver KPI har en datakilde.' },
  {
    en: (p) => `${quote.en(p.kpi)} has no data source: agree where the numbers come from.`,
    da: (p) => `${quote.da(p.kpi)} har ingen datakilde: aftal, hvor tallene kommer fra.`,
  },
);

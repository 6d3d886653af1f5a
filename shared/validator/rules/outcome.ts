import { isListed, tableWide } from '../kpi-checks';
import { defineRule } from '../rule';

export const outcome = defineRule<Record<string, never>>({
  id: 'outcome',
  severity: 'warning',
  description: {
    en: 'The table holds at least one Outcome KPI.',
    da: 'Tabellen har mindst én outcome-KPI.',
  },
  messages: {
    en: () => 'The table has no Outcome KPI: outcome KPIs show real value and come first.',
    da: () => 'Tabellen har ingen outcome-KPI: outcome-KPI’er viser reel værdiskabelse og har førsteprioritet.',
  },
  check: (agreement) =>
    tableWide(agreement, ['focus'], (rows) => (rows.some((row) => isListed(row, 'focus', 'outcome')) ? undefined : {})),
});

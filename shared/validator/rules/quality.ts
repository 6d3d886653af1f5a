import { isListed, tableWide } from '../kpi-checks';
import { defineRule } from '../rule';

export const quality = defineRule<Record<string, never>>({
  id: 'quality',
  severity: 'warning',
  description: {
    en: 'Quantity KPIs come with at least one Quality KPI.',
    da: 'Kvantitets-KPI’er suppleres med mindst én kvalitets-KPI.',
  },
  messages: {
    en: () => 'The table measures quantity but no quality: add at least one Quality KPI.',
    da: () => 'Tabellen måler kvantitet, men ikke kvalitet: supplér med mindst én kvalitets-KPI.',
  },
  check: (agreement) =>
    tableWide(agreement, ['kind'], (rows) =>
      rows.some((row) => isListed(row, 'kind', 'quantity')) && !rows.some((row) => isListed(row, 'kind', 'quality'))
        ? {}
        : undefined,
    ),
});

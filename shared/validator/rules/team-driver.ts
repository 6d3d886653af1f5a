import { isListed, tableWide } from '../kpi-checks';
import { defineRule } from '../rule';

export const teamDriver = defineRule<Record<string, never>>({
  id: 'team-driver',
  severity: 'warning',
  description: {
    en: 'A Team KPI comes with an Individual Leading KPI the employee drives.',
    da: 'En team-KPI suppleres med en individuel leading-KPI, som medarbejderen selv driver.',
  },
  messages: {
    en: () => 'The table has a Team KPI but no Individual Leading KPI: add 1-2 personal drivers the employee controls.',
    da: () => 'Tabellen har en team-KPI, men ingen individuel leading-KPI: læg 1-2 personlige drivere ind, som medarbejderen selv kontrollerer.',
  },
  check: (agreement) =>
    tableWide(agreement, ['scope', 'type'], (rows) =>
      rows.some((row) => isListed(row, 'scope', 'team')) &&
      !rows.some((row) => isListed(row, 'scope', 'individual') && isListed(row, 'type', 'leading'))
        ? {}
        : undefined,
    ),
});

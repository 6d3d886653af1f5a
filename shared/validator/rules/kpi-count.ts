import { tableWide } from '../kpi-checks';
import { defineRule } from '../rule';

/** The guide: 3-5 KPIs per person, "rather 3 sharp ones than 15 shallow ones". */
export const MIN_SOUND_KPIS = 3;
export const MAX_KPIS = 5;

export const kpiCount = defineRule<{ count: number }>({
  id: 'kpi-count',
  severity: ({ count }) => (count === 0 || count > MAX_KPIS ? 'error' : 'warning'),
  severities: ['error', 'warning'],
  description: {
    en: 'The table holds 3 to 5 KPIs: none or more than 5 is an error, 1 or 2 a warning.',
    da: 'Tabellen har 3-5 KPI’er: ingen eller flere end 5 er en fejl, 1 eller 2 en advarsel.',
  },
  messages: {
    en: ({ count }) =>
      count === 0
        ? 'The table holds no KPI.'
        : count > MAX_KPIS
          ? `The table holds ${count} KPIs: agree on at most ${MAX_KPIS}, or focus is lost.`
          : `The table holds only ${count} KPI${count === 1 ? '' : 's'}: ${MIN_SOUND_KPIS} to ${MAX_KPIS} give a fuller picture.`,
    da: ({ count }) =>
      count === 0
        ? 'Tabellen har ingen KPI.'
        : count > MAX_KPIS
          ? `Tabellen har ${count} KPI’er: aftal højst ${MAX_KPIS}, ellers forsvinder fokus.`
          : `Tabellen har kun ${count} KPI${count === 1 ? '' : '’er'}: ${MIN_SOUND_KPIS}-${MAX_KPIS} giver et fyldigere billede.`,
  },
  check: (agreement) =>
    tableWide(agreement, [], (rows) =>
      rows.length === 0 || rows.length > MAX_KPIS || rows.length < MIN_SOUND_KPIS ? { count: rows.length } : undefined,
    ),
});

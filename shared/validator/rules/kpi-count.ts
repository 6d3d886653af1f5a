import { isPilot, tableWide } from '../kpi-checks';
import { defineRule } from '../rule';

/** The guide: 3-5 KPIs per person, "rather 3 sharp ones than 15 shallow ones". */
export const MIN_SOUND_KPIS = 3;
export const MAX_KPIS = 5;

/** `count` leaves pilot KPIs out; `pilots` counts them. */
export const kpiCount = defineRule<{ count: number; pilots: number }>({
  id: 'kpi-count',
  severity: ({ count }) => (count === 0 || count > MAX_KPIS ? 'error' : 'warning'),
  severities: ['error', 'warning'],
  description: {
    en: 'The table holds 3 to 5 KPIs besides any pilot KPI: none or more than 5 is an error, 1 or 2 a warning.',
    da: 'Tabellen har 3-5 KPI’er ud over eventuelle pilot-KPI’er: ingen eller flere end 5 er en fejl, 1 eller 2 en advarsel.',
  },
  messages: {
    en: ({ count, pilots }) =>
      count === 0
        ? pilots > 0
          ? 'The table holds only pilot KPIs: agree on 3 to 5 KPIs that count.'
          : 'The table holds no KPI.'
        : count > MAX_KPIS
          ? `The table holds ${count} KPIs: agree on at most ${MAX_KPIS}, or focus is lost.`
          : `The table holds only ${count} KPI${count === 1 ? '' : 's'}: ${MIN_SOUND_KPIS} to ${MAX_KPIS} give a fuller picture.`,
    da: ({ count, pilots }) =>
      count === 0
        ? pilots > 0
          ? 'Tabellen har kun pilot-KPI’er: aftal 3-5 KPI’er, der tæller.'
          : 'Tabellen har ingen KPI.'
        : count > MAX_KPIS
          ? `Tabellen har ${count} KPI’er: aftal højst ${MAX_KPIS}, ellers forsvinder fokus.`
          : `Tabellen har kun ${count} KPI${count === 1 ? '' : '’er'}: ${MIN_SOUND_KPIS}-${MAX_KPIS} giver et fyldigere billede.`,
  },
  check: (agreement) =>
    tableWide(agreement, [], (rows) => {
      const count = rows.filter((row) => !isPilot(row)).length;
      return count === 0 || count > MAX_KPIS || count < MIN_SOUND_KPIS ? { count, pilots: rows.length - count } : undefined;
    }),
});

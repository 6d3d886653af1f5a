import { defineRule } from '../rule';

export const noTable = defineRule<Record<string, never>>({
  id: 'no-table',
  severity: 'error',
  description: {
    en: 'The sheet holds a KPI table: a row with a KPI header and at least three other known headers.',
    da: 'Arket har en KPI-tabel: en række med en KPI-overskrift og mindst tre andre kendte overskrifter.',
  },
  messages: {
    en: () => 'No KPI table found: no row holds a KPI header and at least three other known headers.',
    da: () => 'Ingen KPI-tabel fundet: ingen række har en KPI-overskrift og mindst tre andre kendte overskrifter.',
  },
  check: (agreement) => (agreement.table ? [] : [{ params: {} }]),
});

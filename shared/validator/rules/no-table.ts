import { TEMPLATE_TITLES } from '../../templates';
import { defineRule } from '../rule';

export const noTable = defineRule<Record<string, never>>({
  id: 'no-table',
  severity: 'error',
  description: {
    en: 'The sheet holds a KPI table: a row with a KPI header and at least three other known headers.',
    da: 'Arket har en KPI-tabel: en række med en KPI-overskrift og mindst tre andre kendte overskrifter.',
  },
  messages: {
    en: () =>
      `This sheet has no KPI table. Open the sheet that holds the agreement, or insert the “${TEMPLATE_TITLES.review.en}” template.`,
    da: () =>
      `Dette ark har ingen KPI-tabel. Åbn det ark, der har aftalen, eller indsæt skabelonen “${TEMPLATE_TITLES.review.da}”.`,
  },
  check: (agreement) => (agreement.table ? [] : [{ params: {} }]),
});

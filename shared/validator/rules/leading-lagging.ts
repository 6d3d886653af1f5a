import { isListed, listedLabel, tableWide } from '../kpi-checks';
import { defineRule } from '../rule';

type TypeId = 'leading' | 'lagging';

export const leadingLagging = defineRule<{ missing: TypeId[] }>({
  id: 'leading-lagging',
  severity: 'error',
  description: {
    en: 'The table holds at least one Leading and one Lagging KPI.',
    da: 'Tabellen har mindst én leading- og én lagging-KPI.',
  },
  messages: {
    en: ({ missing }) =>
      `The table has no ${missing.map((id) => listedLabel('type', id, 'en')).join(' and no ')} KPI: agree on at least one of each type, to steer ahead and to evaluate.`,
    da: ({ missing }) =>
      `Tabellen har ingen ${missing.map((id) => listedLabel('type', id, 'da').toLowerCase()).join('- og ingen ')}-KPI: aftal mindst én af hver type, så I både kan styre fremad og evaluere bagud.`,
  },
  check: (agreement) =>
    tableWide(agreement, ['type'], (rows) => {
      const missing = (['leading', 'lagging'] as const).filter((id) => !rows.some((row) => isListed(row, 'type', id)));
      return missing.length > 0 ? { missing } : undefined;
    }),
});

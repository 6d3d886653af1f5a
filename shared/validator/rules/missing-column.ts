import { column, type ColumnKey } from '../../agreement/columns';
import { headerPosition, quote } from '../kpi-checks';
import { defineRule } from '../rule';

/** Columns every agreement needs; the rules about them are silent while they are absent. */
export const EXPECTED_COLUMNS: readonly ColumnKey[] = [
  'type', 'focus', 'kind', 'scope', 'source', 'owner', 'cadence', 'baseline', 'target', 'influence',
];

export const missingColumn = defineRule<{ column: ColumnKey }>({
  id: 'missing-column',
  severity: 'warning',
  description: {
    en: 'The table has the columns type, focus, kind, scope, data source, owner, cadence, baseline, target and influence.',
    da: 'Tabellen har kolonnerne type, fokus, art, niveau, datakilde, ejer, frekvens, baseline, mål og indflydelse.',
  },
  messages: {
    en: (p) => `The table has no ${quote(column(p.column).header.en)} column.`,
    da: (p) => `Tabellen mangler kolonnen ${quote(column(p.column).header.da)}.`,
  },
  check: ({ table }) =>
    table
      ? EXPECTED_COLUMNS.filter((key) => table.columns[key] === undefined).map((key) => ({
          at: headerPosition(table),
          params: { column: key },
        }))
      : [],
});

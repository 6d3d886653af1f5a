import { column } from '../../agreement/columns';
import { at, eachRow, quote, type KpiParams, type ListedKey } from '../kpi-checks';
import { defineRule } from '../rule';
import type { Lang } from '../../i18n/lang';

const LISTED_COLUMNS: readonly ListedKey[] = ['type', 'focus', 'kind', 'scope', 'direction', 'cadence'];

const OR: Record<Lang, string> = { en: ' or ', da: ' eller ' };

function allowed(key: ListedKey, lang: Lang): string {
  const labels = (column(key).values ?? []).map((value) => value.label[lang]);
  return `${labels.slice(0, -1).join(', ')}${OR[lang]}${labels[labels.length - 1]}`;
}

export const invalidValue = defineRule<KpiParams & { column: ListedKey; value: string }>({
  id: 'invalid-value',
  severity: 'error',
  description: {
    en: 'Type, focus, kind, scope, direction and cadence hold listed values (in English or Danish).',
    da: 'Type, fokus, art, niveau, retning og frekvens har en af de listede værdier (på dansk eller engelsk).',
  },
  messages: {
    en: (p) => `${quote.en(p.kpi)}: ${quote.en(p.value)} is not a valid ${column(p.column).header.en}; use ${allowed(p.column, 'en')}.`,
    da: (p) => `${quote.da(p.kpi)}: ${quote.da(p.value)} er ikke en gyldig ${column(p.column).header.da.toLowerCase()}; brug ${allowed(p.column, 'da')}.`,
  },
  check: (agreement) =>
    eachRow(agreement, [], (row) =>
      LISTED_COLUMNS.flatMap((key) => {
        const cell = row[key];
        return cell && cell.text !== '' && cell.value === null
          ? [{ at: at(cell), params: { kpi: row.kpi.text, column: key, value: cell.text } }]
          : [];
      }),
    ),
});

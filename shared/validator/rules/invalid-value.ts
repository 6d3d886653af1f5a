import { column } from '../../agreement/columns';
import type { Lang } from '../../i18n/lang';
import { at, eachRow, isShare, kpiParams, named, quote, type KpiParams, type ListedKey } from '../kpi-checks';
import { defineRule, type RuleHit } from '../rule';

const LISTED_COLUMNS: readonly ListedKey[] = ['type', 'focus', 'kind', 'scope', 'direction', 'cadence', 'pilot', 'impact'];

const OR: Record<Lang, string> = { en: ' or ', da: ' eller ' };

function allowed(key: ListedKey, lang: Lang): string {
  const labels = (column(key).values ?? []).map((value) => value.label[lang]);
  return `${labels.slice(0, -1).join(', ')}${OR[lang]}${labels[labels.length - 1]}`;
}

/** A listed column holding an unlisted value, or an influence that is no share from 0 to 100 %. */
type Params = KpiParams & { readonly value: string } & ({ readonly column: ListedKey } | { readonly column: 'influence'; readonly numeric: boolean });

export const invalidValue = defineRule<Params>({
  id: 'invalid-value',
  severity: 'error',
  description: {
    en: 'Type, focus, kind, scope, direction, cadence, pilot and impact hold listed values (in English or Danish); influence is a share from 0 to 100 %.',
    da: 'Type, fokus, art, niveau, retning, frekvens, pilot og effekt har en af de listede værdier (på dansk eller engelsk); indflydelse er en andel fra 0 til 100 %.',
  },
  messages: {
    en: (p) =>
      p.column === 'influence'
        ? p.numeric
          ? `${named.en(p)}: an influence of ${quote(p.value)} is not possible; write a share from 0 to 100 %.`
          : `${named.en(p)}: the influence ${quote(p.value)} is not a number; write the share of the KPI the employee influences, e.g. 80 %.`
        : `${named.en(p)}: ${quote(p.value)} is not a valid ${column(p.column).header.en}; use ${allowed(p.column, 'en')}.`,
    da: (p) =>
      p.column === 'influence'
        ? p.numeric
          ? `${named.da(p)}: en indflydelse på ${quote(p.value)} er ikke mulig; skriv en andel fra 0 til 100 %.`
          : `${named.da(p)}: indflydelsen ${quote(p.value)} er ikke et tal; skriv, hvor stor en del af KPI’en medarbejderen kan påvirke, fx 80 %.`
        : `${named.da(p)}: ${quote(p.value)} er ikke en gyldig værdi for ${column(p.column).header.da.toLowerCase()}; brug ${allowed(p.column, 'da')}.`,
  },
  check: (agreement) =>
    eachRow(agreement, [], (row): RuleHit<Params>[] => {
      const listed = LISTED_COLUMNS.flatMap((key): RuleHit<Params>[] => {
        const cell = row[key];
        return cell && cell.text !== '' && cell.value === null ? [{ at: at(cell), params: { ...kpiParams(row), column: key, value: cell.text } }] : [];
      });
      const influence = row.influence;
      const badInfluence = influence && influence.text !== '' && (influence.value === null || !isShare(influence.value));
      return badInfluence
        ? [...listed, { at: at(influence), params: { ...kpiParams(row), column: 'influence', value: influence.text, numeric: influence.value !== null } }]
        : listed;
    }),
});

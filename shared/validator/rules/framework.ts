import { normalizeLabel } from '../../agreement/normalize';
import type { KpiRow, NumberCell, TextCell } from '../../agreement/schema';
import type { Lang, Localized } from '../../i18n/lang';
import { at, EPSILON, eachRow, isListed, isUnrealistic, MIN_INFLUENCE, onReviewSheet, quote, targetGain, type KpiParams } from '../kpi-checks';
import { defineRule } from '../rule';

/**
 * SMART or FAST, as the header block chooses (SMART when blank), letter by letter on each KPI row.
 * A letter's check passes over a column the table lacks: `missing-column` reports that once.
 */
type Framework = 'SMART' | 'FAST';

interface Letter {
  readonly letter: string;
  readonly meaning: Localized;
  readonly holds: (row: KpiRow) => boolean;
}

const filled = (cell: TextCell | undefined) => cell === undefined || cell.text !== '';
const numeric = (cell: NumberCell | undefined) => cell === undefined || cell.value !== null;
const influential = (row: KpiRow) =>
  isListed(row, 'scope', 'team') || row.influence === undefined || (row.influence.value ?? -1) >= MIN_INFLUENCE - EPSILON;
const frequent = (row: KpiRow) =>
  row.cadence === undefined || (['daily', 'weekly', 'monthly'] as const).some((id) => isListed(row, 'cadence', id));
const ambitious = (row: KpiRow) =>
  numeric(row.target) && numeric(row.baseline) && (targetGain(row) ?? 0) >= -EPSILON;

const LETTERS: Record<Framework, readonly Letter[]> = {
  SMART: [
    { letter: 'S', meaning: { en: 'specific: a definition', da: 'specifik: en definition' }, holds: (row) => filled(row.definition) },
    {
      letter: 'M',
      meaning: { en: 'measurable: a data source and a numeric target', da: 'målbar: en datakilde og et mål, der er et tal' },
      holds: (row) => filled(row.source) && numeric(row.target),
    },
    {
      letter: 'A',
      meaning: {
        en: 'achievable: at least 70 % influence or a Team KPI, and a realistic target',
        da: 'opnåelig: mindst 70 % indflydelse eller en team-KPI, og et realistisk mål',
      },
      holds: (row) => influential(row) && !isUnrealistic(row),
    },
    { letter: 'R', meaning: { en: 'relevant: a strategic link', da: 'relevant: en strategisk kobling' }, holds: (row) => filled(row.link) },
    { letter: 'T', meaning: { en: 'time-bound: a deadline', da: 'tidsbestemt: en deadline' }, holds: (row) => filled(row.deadline) },
  ],
  FAST: [
    { letter: 'F', meaning: { en: 'frequently discussed: measured monthly or more often', da: 'hyppigt drøftet: målt månedligt eller oftere' }, holds: frequent },
    { letter: 'A', meaning: { en: 'ambitious: a target at least as good as the baseline', da: 'ambitiøs: et mål mindst lige så godt som baseline' }, holds: ambitious },
    { letter: 'S', meaning: { en: 'specific: a definition', da: 'specifik: en definition' }, holds: (row) => filled(row.definition) },
    {
      letter: 'T',
      meaning: { en: 'transparent: a data source and an owner', da: 'transparent: en datakilde og en ejer' },
      holds: (row) => filled(row.source) && filled(row.owner),
    },
  ],
};

const MISSES: Record<Lang, string> = { en: 'misses', da: 'mangler i' };

export function chosenFramework(text: string | undefined): Framework {
  return normalizeLabel(text ?? '') === 'fast' ? 'FAST' : 'SMART';
}

function missingText(p: Params, lang: Lang): string {
  return p.missing.map((letter) => `${letter.letter} (${letter.meaning[lang]})`).join('; ');
}

interface Params extends KpiParams {
  readonly framework: Framework;
  readonly missing: readonly Letter[];
}

export const framework = defineRule<Params>({
  id: 'framework',
  severity: 'info',
  description: {
    en: 'Every KPI meets each letter of SMART or FAST, as the review sheet’s header chooses (SMART when blank).',
    da: 'Hver KPI opfylder hvert bogstav i SMART eller FAST, som samtalearkets hoved vælger (SMART, når feltet er tomt).',
  },
  messages: {
    en: (p) => `${quote.en(p.kpi)} ${MISSES.en} ${p.framework}: ${missingText(p, 'en')}.`,
    da: (p) => `${quote.da(p.kpi)} ${MISSES.da} ${p.framework}: ${missingText(p, 'da')}.`,
  },
  check: (agreement) =>
    onReviewSheet(agreement, ({ header }) => {
      const chosen = chosenFramework(header.framework?.text);
      return eachRow(agreement, [], (row) => {
        const missing = LETTERS[chosen].filter((letter) => !letter.holds(row));
        return missing.length > 0 ? { at: at(row.kpi), params: { kpi: row.kpi.text, framework: chosen, missing } } : undefined;
      });
    }),
});

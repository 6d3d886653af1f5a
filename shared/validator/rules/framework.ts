import { kpiNameKey, listedValueId, normalizeLabel } from '../../agreement/normalize';
import type { KpiRow, Review, TextCell } from '../../agreement/schema';
import type { Lang, Localized } from '../../i18n/lang';
import { column } from '../../agreement/columns';
import {
  at, EPSILON, eachRow, isListed, isUnrealistic, kpiParams, MIN_INFLUENCE, named, onReviewSheet, quote, targetGain, type KpiParams,
} from '../kpi-checks';
import { defineRule, type CellPosition, type RuleHit } from '../rule';

/**
 * SMART or FAST, as the header block chooses (SMART when blank), letter by letter on each KPI row.
 * A letter is made of parts, each about one cell; a part that fails on a cell another rule already
 * reports (a blank data source, a target worse than its baseline) is left to that rule, so a note
 * only says what nothing else says. A part about a column the table lacks passes: `missing-column`
 * reports that once.
 */
type Framework = 'SMART' | 'FAST';

interface Part {
  readonly cell: CellPosition | undefined;
  readonly holds: boolean;
}

interface Letter {
  readonly letter: string;
  readonly meaning: Localized;
  readonly parts: (row: KpiRow) => readonly Part[];
}

const part = (cell: CellPosition | undefined, holds: (cell: CellPosition) => boolean): Part => ({
  cell,
  holds: cell === undefined || holds(cell),
});
const filled = (cell: TextCell | undefined) => part(cell, () => cell?.text !== '');
const numeric = (cell: { readonly value: number | null } & CellPosition | undefined) => part(cell, () => cell?.value !== null);

/** Says how it is measured: there, and not just the KPI's name again. */
const defined = (row: KpiRow) =>
  part(row.definition, () => row.definition?.text !== '' && kpiNameKey(row.definition?.text) !== kpiNameKey(row.kpi.text));

/** The guide's quick-check: measurable objectively every month or more often. */
const MONTHLY_OR_MORE: readonly string[] = ['daily', 'weekly', 'biweekly', 'monthly'];
const monthly = (row: KpiRow) => part(row.cadence, () => row.cadence?.value == null || MONTHLY_OR_MORE.includes(row.cadence.value));

const influential = (row: KpiRow) =>
  part(row.influence, () => isListed(row, 'scope', 'team') || (row.influence?.value ?? -1) >= MIN_INFLUENCE - EPSILON);

const LETTERS: Record<Framework, readonly Letter[]> = {
  SMART: [
    {
      letter: 'S',
      meaning: { en: 'specific: a definition that says how it is measured', da: 'specifik: en definition, der siger, hvordan den måles' },
      parts: (row) => [defined(row)],
    },
    {
      letter: 'M',
      meaning: {
        en: 'measurable: a data source, a numeric target, measured monthly or more often',
        da: 'målbar: en datakilde, et mål, der er et tal, og måling hver måned eller oftere',
      },
      parts: (row) => [filled(row.source), numeric(row.target), monthly(row)],
    },
    {
      letter: 'A',
      meaning: {
        en: 'achievable: at least 70 % influence or a Team KPI, and a realistic target',
        da: 'opnåelig: mindst 70 % indflydelse eller en team-KPI, og et realistisk mål',
      },
      parts: (row) => [influential(row), part(row.target, () => !isUnrealistic(row))],
    },
    { letter: 'R', meaning: { en: 'relevant: a strategic link', da: 'relevant: en strategisk kobling' }, parts: (row) => [filled(row.link)] },
    { letter: 'T', meaning: { en: 'time-bound: a deadline', da: 'tidsbestemt: en deadline' }, parts: (row) => [filled(row.deadline)] },
  ],
  FAST: [
    {
      letter: 'F',
      meaning: { en: 'frequently discussed: measured monthly or more often', da: 'hyppigt drøftet: målt hver måned eller oftere' },
      parts: (row) => [monthly(row)],
    },
    {
      letter: 'A',
      meaning: { en: 'ambitious: a target better than the baseline', da: 'ambitiøs: et mål, der er bedre end baseline' },
      parts: (row) => [numeric(row.baseline), numeric(row.target), part(row.target, () => (targetGain(row) ?? 1) > EPSILON)],
    },
    {
      letter: 'S',
      meaning: { en: 'specific: a definition and a numeric target', da: 'specifik: en definition og et mål, der er et tal' },
      parts: (row) => [defined(row), numeric(row.target)],
    },
    {
      letter: 'T',
      meaning: { en: 'transparent: a data source and an owner everyone can see', da: 'transparent: en datakilde og en ejer, som alle kan se' },
      parts: (row) => [filled(row.source), filled(row.owner)],
    },
  ],
};

/** The review's follow-up cadences that count as frequent discussion (FAST's F). */
const FREQUENT_FOLLOW_UP: readonly string[] = ['daily', 'weekly', 'biweekly', 'monthly'];

export function chosenFramework(text: string | undefined): Framework {
  return normalizeLabel(text ?? '') === 'fast' ? 'FAST' : 'SMART';
}

type Params =
  | (KpiParams & { readonly framework: Framework; readonly missing: readonly Letter[] })
  | { readonly followUp: string };

const AND: Record<Lang, string> = { en: ' and ', da: ' og ' };

function lettersText(missing: readonly Letter[], lang: Lang): string {
  const items = missing.map((letter) => `${letter.letter} (${letter.meaning[lang]})`);
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')}${AND[lang]}${items[items.length - 1]}`;
}

function rowHits(review: Review, row: KpiRow, covered: (cell: CellPosition) => boolean): RuleHit<Params> | undefined {
  const framework = chosenFramework(review.header.framework?.text);
  const missing = LETTERS[framework].filter((letter) =>
    letter.parts(row).some((p) => !p.holds && p.cell !== undefined && !covered(p.cell)),
  );
  return missing.length > 0 ? { at: at(row.kpi), params: { ...kpiParams(row), framework, missing } } : undefined;
}

export const framework = defineRule<Params>({
  id: 'framework',
  severity: 'info',
  restates: true,
  description: {
    en: 'Every KPI meets each letter of SMART or FAST, as the review sheet’s header chooses (SMART when blank); what other rules report is not repeated.',
    da: 'Hver KPI opfylder hvert krav i SMART eller FAST, som samtalearkets hoved vælger (SMART, når feltet er tomt); det, andre regler melder, gentages ikke.',
  },
  messages: {
    en: (p) =>
      'followUp' in p
        ? `FAST asks that KPIs are discussed frequently, but the follow-up cadence is ${quote(p.followUp)}: follow up monthly or more often.`
        : `${named.en(p)} does not meet the ${p.framework} requirement${p.missing.length === 1 ? '' : 's'} ${lettersText(p.missing, 'en')}.`,
    da: (p) =>
      'followUp' in p
        ? `FAST kræver, at KPI’erne drøftes hyppigt, men opfølgningsfrekvensen er ${quote(p.followUp)}: følg op hver måned eller oftere.`
        : `${named.da(p)} opfylder ikke ${p.framework}-krav${p.missing.length === 1 ? 'et' : 'ene'} ${lettersText(p.missing, 'da')}.`,
  },
  check: (agreement, { covered }) =>
    onReviewSheet(agreement, (review) => {
      const rows = eachRow(agreement, [], (row) => rowHits(review, row, covered));
      const followUp = review.header.followUp;
      const cadence = followUp && followUp.text !== '' ? listedValueId(column('cadence'), followUp.text) : undefined;
      const slow = chosenFramework(review.header.framework?.text) === 'FAST' && followUp && cadence !== undefined && !FREQUENT_FOLLOW_UP.includes(cadence);
      return slow ? [{ at: at(followUp), params: { followUp: followUp.text } }, ...rows] : rows;
    }),
});

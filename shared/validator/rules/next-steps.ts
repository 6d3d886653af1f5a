import { SECTION_COLUMNS } from '../../agreement/sections';
import type { Lang } from '../../i18n/lang';
import { at, onReviewSheet, quote, sectionPosition } from '../kpi-checks';
import { defineRule, type RuleHit } from '../rule';

type Part = 'who' | 'when';
/** The places of Who and When among SECTION_COLUMNS.nextSteps (What, Who, When). */
const PART_INDEX: Record<Part, number> = { who: 1, when: 2 };
const AND: Record<Lang, string> = { en: ' and ', da: ' og ' };

interface Params {
  /** The step's "what"; undefined when the review has no next step at all. */
  readonly step?: string;
  readonly missing: readonly Part[];
}

const partNames = (missing: readonly Part[], lang: Lang) =>
  missing.map((part) => SECTION_COLUMNS.nextSteps[PART_INDEX[part]][lang].toLowerCase()).join(AND[lang]);

export const nextSteps = defineRule<Params>({
  id: 'next-steps',
  severity: 'warning',
  description: {
    en: 'The review sheet holds next steps, each with who and when.',
    da: 'Samtalearket har næste skridt, hver med hvem og hvornår.',
  },
  messages: {
    en: (p) =>
      p.step === undefined
        ? 'The review has no next step: agree who does what, and when.'
        : `Next step ${quote(p.step)} has no ${partNames(p.missing, 'en')}: agree who does what, and when.`,
    da: (p) =>
      p.step === undefined
        ? 'Samtalen har ingen næste skridt: aftal “hvem gør hvad hvornår”.'
        : `Næste skridt ${quote(p.step)} mangler ${partNames(p.missing, 'da')}: aftal “hvem gør hvad hvornår”.`,
  },
  check: (agreement) =>
    onReviewSheet(agreement, ({ sections }): RuleHit<Params>[] => {
      const steps = sections.nextSteps?.entries ?? [];
      if (steps.length === 0) return [{ at: sectionPosition(sections.nextSteps), params: { missing: [] } }];
      return steps.flatMap((step) => {
        const missing = (['who', 'when'] as const).filter((part) => step.cells[PART_INDEX[part]]?.text === '');
        const firstMissing = missing.length > 0 ? step.cells[PART_INDEX[missing[0]]] : undefined;
        return firstMissing ? [{ at: at(firstMissing), params: { step: step.cells[0]?.text ?? '', missing } }] : [];
      });
    }),
});

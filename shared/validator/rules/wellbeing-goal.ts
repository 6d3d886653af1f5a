import { onReviewSheet, sectionPosition } from '../kpi-checks';
import { defineRule } from '../rule';

export const wellbeingGoal = defineRule<Record<string, never>>({
  id: 'wellbeing-goal',
  severity: 'warning',
  description: {
    en: 'The review sheet holds at least one well-being or learning goal.',
    da: 'Samtalearket har mindst ét mål for trivsel eller læring.',
  },
  messages: {
    en: () => 'The review has no well-being or learning goal: agree on at least one, e.g. on well-being, feedback culture or learning.',
    da: () => 'Samtalen har intet mål for trivsel eller læring: aftal mindst ét, fx om trivsel, feedbackkultur eller udviklingsaktiviteter.',
  },
  check: (agreement) =>
    onReviewSheet(agreement, ({ sections }) =>
      (sections.wellbeing?.entries.length ?? 0) === 0 ? [{ at: sectionPosition(sections.wellbeing), params: {} }] : [],
    ),
});

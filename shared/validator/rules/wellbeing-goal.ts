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
    en: () => 'The review has no well-being or learning goal: set a soft target for well-being, feedback or learning.',
    da: () => 'Samtalen har intet mål for trivsel eller læring: sæt et soft-target for trivsel, feedbackkultur eller læring.',
  },
  check: (agreement) =>
    onReviewSheet(agreement, ({ sections }) =>
      (sections.wellbeing?.entries.length ?? 0) === 0 ? [{ at: sectionPosition(sections.wellbeing), params: {} }] : [],
    ),
});

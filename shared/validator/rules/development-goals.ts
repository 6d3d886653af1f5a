import { onReviewSheet, sectionPosition } from '../kpi-checks';
import { defineRule } from '../rule';

/** The guide: prepare 2-3 development goals that complement the hard KPIs. */
export const MIN_DEVELOPMENT_GOALS = 2;
export const MAX_DEVELOPMENT_GOALS = 3;

export const developmentGoals = defineRule<{ count: number }>({
  id: 'development-goals',
  severity: 'warning',
  description: {
    en: 'The review sheet holds 2 to 3 development goals.',
    da: 'Samtalearket har 2-3 udviklingsmål.',
  },
  messages: {
    en: ({ count }) =>
      `The review holds ${count} development goal${count === 1 ? '' : 's'}: agree on ${MIN_DEVELOPMENT_GOALS} to ${MAX_DEVELOPMENT_GOALS} that complement the KPIs.`,
    da: ({ count }) =>
      `Samtalen har ${count} udviklingsmål: aftal ${MIN_DEVELOPMENT_GOALS}-${MAX_DEVELOPMENT_GOALS}, der supplerer KPI’erne.`,
  },
  check: (agreement) =>
    onReviewSheet(agreement, ({ sections }) => {
      const count = sections.development?.entries.length ?? 0;
      return count < MIN_DEVELOPMENT_GOALS || count > MAX_DEVELOPMENT_GOALS
        ? [{ at: sectionPosition(sections.development), params: { count } }]
        : [];
    }),
});

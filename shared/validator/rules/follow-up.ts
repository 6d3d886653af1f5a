import { at, onReviewSheet } from '../kpi-checks';
import { defineRule } from '../rule';

export const followUp = defineRule<Record<string, never>>({
  id: 'follow-up',
  severity: 'warning',
  description: {
    en: 'The review sheet’s header names a follow-up cadence.',
    da: 'Samtalearkets hoved angiver en opfølgningsfrekvens.',
  },
  messages: {
    en: () => 'The follow-up cadence is blank: agree when you follow up, e.g. a monthly checkpoint.',
    da: () => 'Opfølgningsfrekvensen er ikke udfyldt: aftal, hvornår I følger op, fx et månedligt checkpoint.',
  },
  check: (agreement) =>
    onReviewSheet(agreement, ({ header }) => {
      const cell = header.followUp;
      return cell === undefined || cell.text === '' ? [{ at: cell && at(cell), params: {} }] : [];
    }),
});

import { HEADER_FIELDS, type HeaderFieldKey } from '../../agreement/sections';
import { at, quote, typedNote } from '../kpi-checks';
import { defineRule } from '../rule';

/** The header fields an agreement needs: who agreed it with whom, for which period, and when. */
const DETAILS = ['employee', 'manager', 'period', 'reviewDate'] as const satisfies readonly HeaderFieldKey[];
type Detail = (typeof DETAILS)[number];

const WHY: Record<Detail, { en: string; da: string }> = {
  employee: { en: 'write whom the agreement is for', da: 'skriv, hvem aftalen gælder for' },
  manager: { en: 'write who agrees the KPIs with the employee', da: 'skriv, hvem der aftaler KPI’erne med medarbejderen' },
  period: { en: 'write which period the KPIs cover', da: 'skriv, hvilken periode KPI’erne gælder for' },
  reviewDate: { en: 'write when you held the review', da: 'skriv, hvornår samtalen blev holdt' },
};

export const reviewDetails = defineRule<{ field: Detail; typed?: string }>({
  id: 'review-details',
  severity: 'warning',
  description: {
    en: 'Above the table, the review names the employee, the manager, the period and the review date.',
    da: 'Over tabellen angiver samtalen medarbejder, leder, periode og samtaledato.',
  },
  messages: {
    en: (p) => `${quote(HEADER_FIELDS[p.field].en)} is blank${typedNote.en(p)}: ${WHY[p.field].en}.`,
    da: (p) => `${quote(HEADER_FIELDS[p.field].da)} er ikke udfyldt${typedNote.da(p)}: ${WHY[p.field].da}.`,
  },
  check: ({ table, review }) =>
    table
      ? DETAILS.flatMap((field) => {
          const cell = review.header[field];
          return cell && cell.text === '' ? [{ at: at(cell), params: { field, ...(cell.placeholder ? { typed: cell.placeholder } : {}) } }] : [];
        })
      : [],
});

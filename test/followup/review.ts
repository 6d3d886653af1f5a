import { dayOf } from '../../shared/followup/days';

/** A review sheet's values as a check-in reads them: the header, then two KPIs with their triggers. */
export const review = (period: unknown = '2027') => [
  ['Employee', 'Mette'],
  ['Period', period],
  ['Review date', dayOf(2026, 12, 8)],
  [],
  ['KPI', 'Type', 'Target', 'Data source', 'Owner', 'Actual', 'Status', 'Revisit if'],
  ['CSAT', 'Lagging', 4.4, 'Survey', 'Anders', 4.3, 'Amber', 'If the survey changes'],
  ['First reply time', 'Leading', 4, 'Zendesk', 'Mette', 4.3, 'Green', ''],
  ['', '', '', '', ''],
];


import { dayOf, dayParts, shiftMonth, type Day, type YearMonth } from '../followup/days';
import { readPeriod, type Period } from '../followup/period';

/**
 * The months a tracking sheet follows: those of the agreement's period (the review's Period cell,
 * read by the one period reader), or the next 12 months from today when it names none or one
 * longer than a sheet of monthly rows should hold.
 */

export type { YearMonth } from '../followup/days';
export { shiftMonth } from '../followup/days';

export interface TrackedPeriod {
  readonly first: YearMonth;
  /** How many months, the first included (1-36). */
  readonly months: number;
  /** Whether the review's Period cell said so; false when it is the 12 months from today. */
  readonly fromAgreement: boolean;
}

/** Months in a year: the default period, and the baseline's length before it. */
export const YEAR_MONTHS = 12;
/** A longer period is more than a tracking sheet of monthly rows should hold. */
const MAX_PERIOD_MONTHS = 36;

export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** The month of a date serial (1900 date system, as both hosts store dates). */
export function monthOfSerial(serial: number): YearMonth {
  const { year, month } = dayParts(serial);
  return { year, month };
}

/** The date serial of the first day of a month. */
export function serialOfMonth(at: YearMonth): Day {
  return dayOf(at.year, at.month, 1);
}

/** The months a period touches, counted from its start: 1 Dec 2026 - 30 Nov 2027 is 12, so is 8 Dec - 7 Dec. */
function monthsOf(period: Period): number {
  const start = dayParts(period.start);
  const end = dayParts(period.end);
  return monthsBetween(start, end) + (end.day >= start.day ? 1 : 0);
}

/** The agreement's months, else the 12 months from `today`'s month. */
export function trackedPeriod(period: unknown, today: YearMonth): TrackedPeriod {
  const read = readPeriod(period);
  const months = read && monthsOf(read);
  return read && months !== undefined && months >= 1 && months <= MAX_PERIOD_MONTHS
    ? { first: monthOfSerial(read.start), months, fromAgreement: true }
    : { first: today, months: YEAR_MONTHS, fromAgreement: false };
}

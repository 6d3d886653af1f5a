import { SERIAL_EPOCH, dateSerial } from '../templates/grid';

/**
 * Calendar days as the date serials both hosts store (2027-01-01 is 46388), so a day read from a
 * cell, today's date and the days written back are one kind of number. Whole days only.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export interface DayParts {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

export function dayParts(day: Day): DayParts {
  const date = new Date(SERIAL_EPOCH + Math.floor(day) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dayOf(year: number, month: number, day = 1): Day {
  return dateSerial(year, month, day);
}

/** The day `date` falls on where the code runs (a user's own clock). */
export function localToday(date: Date): Day {
  return dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A calendar month; `month` is 1-12. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** The month `count` months after `at` (before it when negative). */
export function shiftMonth(at: YearMonth, count: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day of the month `months` later, on the month's last day when it has no such day (31 Jan + 1 = 28/29 Feb), as EDATE does. */
export function addMonths(day: Day, months: number): Day {
  const { day: date, ...month } = dayParts(day);
  const target = shiftMonth(month, months);
  const last = dayParts(dayOf(target.year, target.month + 1, 1) - 1).day;
  return dayOf(target.year, target.month, Math.min(date, last));
}

/** `2027-01-08`: how the pane and the logs show a day, the same in both languages. */
export function isoDay(day: Day): string {
  const { year, month, day: date } = dayParts(day);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Serials of days between 1 Jan 1900 and 31 Dec 9999: numbers in that range in a date column are dates. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2_958_465;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Danes write the day first, with `.`, `-` or `/`: 31.12.2027, 31-12-2027, 31/12/2027.
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * The day a cell holds: a date serial (what Excel and the Sheets adapter hand over), a Date, or
 * text written as `2027-12-31` or day first, `31.12.2027`. Anything else, or a day that does not
 * exist (31.02.2027), is undefined.
 */
export function readDay(value: unknown): Day | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= FIRST_SERIAL && value <= LAST_SERIAL ? Math.floor(value) : undefined;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : localToday(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return undefined;
}

function validDay(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const serial = dayOf(year, month, day);
  return dayParts(serial).day === day ? serial : undefined;
}

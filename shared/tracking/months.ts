/**
 * The months a tracking sheet follows, read from the review's Period cell as people write it:
 * `2027`, `2027-01 - 2027-06`, `Jan - Jun 2027`, `jan. 2027 - dec. 2027`, `1/2027-12/2027`, or a
 * date. Anything else, or nothing, is the next 12 months from today.
 */

/** A calendar month; `month` is 1-12. */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

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

/** Month names and abbreviations in English and Danish, by month number. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar'], ['february', 'feb', 'februar'], ['march', 'mar', 'marts'], ['april', 'apr'],
  ['may', 'maj'], ['june', 'jun', 'juni'], ['july', 'jul', 'juli'], ['august', 'aug'],
  ['september', 'sep', 'sept'], ['october', 'oct', 'okt', 'oktober'], ['november', 'nov'], ['december', 'dec'],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const YEAR = /^(\d{4})$/;
/** `2027-01`, `01-2027`, `1/2027`, `jan 2027`, `jan. 2027`; a name without a year borrows the other end's. */
const MONTH = /^(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4})|([a-zæøå]+)\.?(?:\s*(\d{4}))?)$/;

export function addMonths(at: YearMonth, count: number): YearMonth {
  const index = at.year * 12 + (at.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** The month of a date serial (1900 date system, as both hosts store dates). */
export function monthOfSerial(serial: number): YearMonth {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The date serial of the first day of a month. */
export function serialOfMonth(at: YearMonth): number {
  return (Date.UTC(at.year, at.month - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

interface MonthEnd {
  readonly year?: number;
  readonly month?: number;
}

function readEnd(text: string): MonthEnd | undefined {
  const year = YEAR.exec(text);
  if (year) return { year: Number(year[1]) };
  const match = MONTH.exec(text);
  if (!match) return undefined;
  if (match[1]) return { year: Number(match[1]), month: Number(match[2]) };
  if (match[3]) return { year: Number(match[4]), month: Number(match[3]) };
  const month = MONTH_BY_NAME.get(match[5]);
  return month === undefined ? undefined : { month, ...(match[6] ? { year: Number(match[6]) } : {}) };
}

function validMonth(end: MonthEnd): boolean {
  return end.month === undefined || (end.month >= 1 && end.month <= 12);
}

/** The period a Period cell names, or undefined when it names none this reads. */
export function readPeriod(text: string): Omit<TrackedPeriod, 'fromAgreement'> | undefined {
  const cleaned = text.trim().toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ');
  if (cleaned === '') return undefined;
  const serial = /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : NaN;
  // A date cell reads as its serial: a period of 12 months from that date's month.
  if (serial > 366 * 100) return { first: monthOfSerial(serial), months: YEAR_MONTHS };
  // Ends are parted by a spaced dash, "to" / "til", or a bare dash between two whole ends.
  const parts = cleaned.split(/\s+-\s+|\s+(?:to|til)\s+|(?<=\d{4}|[a-zæøå.])-(?=\d{4}(?!\d)|\d{1,2}[/.]\d{4}|[a-zæøå])/);
  const ends = parts.map(readEnd);
  if (ends.some((end) => end === undefined || !validMonth(end))) return undefined;
  if (ends.length > 2) return undefined;
  const [start, end = start] = ends as MonthEnd[];
  const startYear = start.year ?? end.year;
  const endYear = end.year ?? startYear;
  if (startYear === undefined || endYear === undefined) return undefined;
  const first = { year: startYear, month: start.month ?? 1 };
  const last = { year: endYear, month: end.month ?? 12 };
  const months = monthsBetween(first, last) + 1;
  return months >= 1 && months <= MAX_PERIOD_MONTHS ? { first, months } : undefined;
}

/** The agreement's period, else the 12 months from `today`'s month. */
export function trackedPeriod(periodText: string | undefined, today: YearMonth): TrackedPeriod {
  const read = periodText === undefined ? undefined : readPeriod(periodText);
  return read ? { ...read, fromAgreement: true } : { first: today, months: YEAR_MONTHS, fromAgreement: false };
}

import { addMonths, dayOf, readDay, type Day } from './days';

/**
 * The agreement's period, read from the review's Period cell as people write it. One reader for
 * everything that follows the agreement through the year: check-ins, the calendar, tracking.
 */

/** The days an agreement runs, first and last included. */
export interface Period {
  readonly start: Day;
  readonly end: Day;
}

/** Month names and abbreviations in English and Danish, by month number. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'januar', 'january'],
  ['feb', 'februar', 'february'],
  ['mar', 'marts', 'march'],
  ['apr', 'april'],
  ['maj', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
];
const MONTH_BY_NAME = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const isYear = (value: number) => Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;

const lastDayOfMonth = (year: number, month: number): Day => dayOf(year, month + 1, 1) - 1;

/** A whole number of months from the first of `month`: quarters, halves, years. */
const months = (year: number, month: number, count: number): Period => ({ start: dayOf(year, month, 1), end: addMonths(dayOf(year, month, 1), count) - 1 });

/** The twelve months from a day: how long an annual agreement that starts on it runs. */
const yearFrom = (start: Day): Period => ({ start, end: addMonths(start, 12) - 1 });

// Ends are parted by a dash between spaces or an en/em dash, "to" / "til", or a bare dash after a
// year or a month name and before a whole end (`2027-2028`, `1/2027-12/2027`, `jan-jun 2027`).
const RANGE_SEPARATOR = /\s*[–—]\s*|\s+-\s+|\s+(?:to|til)\s+|(?<=\d{4}|[a-zæøå.])-(?=\d{1,2}[./]\d|\d{4}$|[a-zæøå])/;

/**
 * The period a review's Period cell names, in either language: a year (`2027`, as text or a
 * number), `2026/27`, `2026-2027`, a quarter (`Q3 2027`, `3. kvartal 2027`, `K3 2027`), a half
 * (`H1 2027`, `1. halvår 2027`), a month (`maj 2027`), a range of months or days
 * (`nov. 2025 - okt. 2026`, `Jan - Jun 2027`, `2027-01 - 2027-06`, `1/2027-12/2027`,
 * `01.01.2027 - 31.12.2027`), or one day, a date cell included: the twelve months from it.
 * Undefined when it names none of these.
 */
export function readPeriod(value: unknown): Period | undefined {
  if (value instanceof Date) {
    const day = readDay(value);
    return day === undefined ? undefined : yearFrom(day);
  }
  if (typeof value === 'number') return numberPeriod(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(text)) return numberPeriod(Number(text));
  return partOfYear(text) ?? range(text) ?? single(text);
}

/** A number is a year, or else the date serial of the day the agreement starts. */
function numberPeriod(value: number): Period | undefined {
  if (isYear(value)) return months(value, 1, 12);
  const day = readDay(value);
  return day === undefined ? undefined : yearFrom(day);
}

function partOfYear(text: string): Period | undefined {
  const quarter = /^(?:q|k)([1-4]) (\d{4})$|^([1-4])\. ?kvartal (\d{4})$|^(\d{4}) ?(?:q|k)([1-4])$/.exec(text);
  if (quarter) {
    const [q, year] = quarter[1] ? [quarter[1], quarter[2]] : quarter[3] ? [quarter[3], quarter[4]] : [quarter[6], quarter[5]];
    return months(Number(year), 3 * Number(q) - 2, 3);
  }
  const half = /^h([12]) (\d{4})$|^([12])\. ?halvår (\d{4})$/.exec(text);
  if (half) {
    const [h, year] = half[1] ? [half[1], half[2]] : [half[3], half[4]];
    return months(Number(year), 6 * Number(h) - 5, 6);
  }
  const split = /^(\d{4}) ?\/ ?(\d{2})$/.exec(text);
  if (split) {
    const first = Number(split[1]);
    const second = Math.floor(first / 100) * 100 + Number(split[2]);
    return second === first + 1 ? { start: dayOf(first, 1, 1), end: dayOf(second, 12, 31) } : undefined;
  }
  return undefined;
}

/** One end of a range: a day, or a year with or without its month (a month name may borrow the other end's year). */
type RangeEnd = { readonly day: Day } | { readonly year?: number; readonly month?: number };

function rangeEnd(text: string): RangeEnd | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  const day = readDay(trimmed);
  if (day !== undefined) return { day };
  const year = /^(\d{4})$/.exec(trimmed);
  if (year) return { year: Number(year[1]) };
  const numeric = /^(\d{4})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  if (numeric) {
    const [y, m] = numeric[1] ? [numeric[1], numeric[2]] : [numeric[4], numeric[3]];
    return Number(m) >= 1 && Number(m) <= 12 ? { year: Number(y), month: Number(m) } : undefined;
  }
  const named = /^([a-zæøå]+)\.?(?: (\d{4}))?$/.exec(trimmed);
  const month = named ? MONTH_BY_NAME.get(named[1]) : undefined;
  if (!named || month === undefined) return undefined;
  return named[2] ? { year: Number(named[2]), month } : { month };
}

/** `from - to`, each end a day, a month or a year. */
function range(text: string): Period | undefined {
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const [from, to] = parts.map(rangeEnd);
  if (!from || !to) return undefined;
  const yearOf = (end: RangeEnd) => ('day' in end ? undefined : end.year);
  const start = resolved(from, 'start', yearOf(to));
  const end = resolved(to, 'end', yearOf(from));
  return start !== undefined && end !== undefined && start <= end ? { start, end } : undefined;
}

function resolved(end: RangeEnd, side: 'start' | 'end', otherYear: number | undefined): Day | undefined {
  if ('day' in end) return end.day;
  const year = end.year ?? otherYear;
  if (year === undefined) return undefined;
  if (end.month === undefined) return side === 'start' ? dayOf(year, 1, 1) : dayOf(year, 12, 31);
  return side === 'start' ? dayOf(year, end.month, 1) : lastDayOfMonth(year, end.month);
}

/** One day (the twelve months from it) or one month with its year. */
function single(text: string): Period | undefined {
  const end = rangeEnd(text);
  if (!end) return undefined;
  if ('day' in end) return yearFrom(end.day);
  return end.year !== undefined && end.month !== undefined ? months(end.year, end.month, 1) : undefined;
}

/**
 * The agreement's period: the one its Period cell names or, failing that, the twelve months from
 * the review date, which is how long an annual agreement runs. Undefined when neither is there.
 */
export function agreementPeriod(period: unknown, reviewDate: Day | undefined): Period | undefined {
  return readPeriod(period) ?? (reviewDate === undefined ? undefined : yearFrom(reviewDate));
}

/** The day halfway through: from it on, the guide's mid-year sanity check is due. */
export function middleOf(period: Period): Day {
  return period.start + Math.floor((period.end - period.start) / 2);
}

import { addMonths, dayOf, readDay, type Day } from './days';

/** The days an agreement runs, first and last included. */
export interface Period {
  readonly start: Day;
  readonly end: Day;
}

const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'januar', 'january'],
  ['feb', 'februar', 'february'],
  ['mar', 'mar', 'marts', 'march'],
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

const monthNumber = (word: string): number | undefined => {
  const index = MONTHS.findIndex((names) => names.includes(word.toLowerCase()));
  return index < 0 ? undefined : index + 1;
};

const lastDayOfMonth = (year: number, month: number): Day => dayOf(year, month + 1, 1) - 1;

/** A whole number of months from the first of `month`: quarters, halves, years. */
const months = (year: number, month: number, count: number): Period => ({ start: dayOf(year, month, 1), end: addMonths(dayOf(year, month, 1), count) - 1 });

const RANGE_SEPARATOR = /\s*(?:–|—|\s-\s|\bto\b|\btil\b)\s*|(?<=\d{4})-(?=\d{1,2}[./]\d)|(?<=\d{4})-(?=\D|\d{4}$)/i;

/**
 * The period a review's Period cell names, as people write it in either language: `2027`,
 * `2026/27` or `2026-2027`, `Q3 2027` / `3. kvartal 2027` / `K3 2027`, `H1 2027` / `1. halvår 2027`,
 * month ranges (`nov. 2025 - okt. 2026`) and day ranges (`01.01.2027 - 31.12.2027`). Undefined when
 * it names none of these.
 */
export function readPeriod(value: unknown): Period | undefined {
  const day = readDay(value);
  if (day !== undefined && typeof value !== 'number') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1900 && value <= 9999 ? months(value, 1, 12) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase().replace(/\s+/g, ' ');
  return partOfYear(text) ?? range(text);
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
  const year = /^(\d{4})$/.exec(text);
  if (year) return months(Number(year[1]), 1, 12);
  const split = /^(\d{4}) ?\/ ?(\d{2})$/.exec(text);
  if (split) {
    const first = Number(split[1]);
    const second = Math.floor(first / 100) * 100 + Number(split[2]);
    return second === first + 1 ? { start: dayOf(first, 1, 1), end: dayOf(second, 12, 31) } : undefined;
  }
  return undefined;
}

/** `from - to`, each end a day, a month with its year, or a year. */
function range(text: string): Period | undefined {
  const parts = text.split(RANGE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const from = endOfRange(parts[0], 'start');
  const to = endOfRange(parts[1], 'end');
  return from !== undefined && to !== undefined && from <= to ? { start: from, end: to } : undefined;
}

function endOfRange(text: string, end: 'start' | 'end'): Day | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  const day = readDay(trimmed);
  if (day !== undefined) return day;
  const monthYear = /^([a-zæøå]+)\.? (\d{4})$/.exec(trimmed);
  if (monthYear) {
    const month = monthNumber(monthYear[1]);
    if (month === undefined) return undefined;
    const year = Number(monthYear[2]);
    return end === 'start' ? dayOf(year, month, 1) : lastDayOfMonth(year, month);
  }
  const year = /^(\d{4})$/.exec(trimmed);
  if (year) return end === 'start' ? dayOf(Number(year[1]), 1, 1) : dayOf(Number(year[1]), 12, 31);
  return undefined;
}

/**
 * The agreement's period: the one its Period cell names or, failing that, the twelve months from
 * the review date, which is how long an annual agreement runs. Undefined when neither is there.
 */
export function agreementPeriod(period: unknown, reviewDate: Day | undefined): Period | undefined {
  const named = readPeriod(period);
  if (named) return named;
  return reviewDate === undefined ? undefined : { start: reviewDate, end: addMonths(reviewDate, 12) - 1 };
}

/** The day halfway through: from it on, the guide's mid-year sanity check is due. */
export function middleOf(period: Period): Day {
  return period.start + Math.floor((period.end - period.start) / 2);
}

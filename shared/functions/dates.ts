/**
 * Dates as the serial numbers Excel passes: days since 1899-12-30, the time of day as the
 * fraction. Sheets hands date, time and duration cells to a custom function as `Date` objects:
 * the instant at which the cell's wall-clock time occurs in the spreadsheet's time zone (a
 * duration of 4:30 is 1899-12-30 04:30 there). Reading that wall clock back in the same zone gives
 * the serial Excel would pass for the same cell, so 4:30 compares with 4:00 alike in both hosts.
 */

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A `Date`, also one made in another realm (Apps Script and a test's vm hand over their own). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall clock of an instant in a named zone (the zone's history included), or the runtime's own. */
function wallClock(date: Date, timeZone?: string): WallClock {
  if (timeZone === undefined) {
    return {
      year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(),
      hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds(),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(date)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
  };
}

function utcOf(clock: WallClock, milliseconds: number): number {
  const at = new Date(0);
  at.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  at.setUTCHours(clock.hour, clock.minute, clock.second, milliseconds);
  return at.getTime();
}

/**
 * A zone a custom function may use, or undefined: a name `Intl` does not know (or an `Intl`
 * without time zones) leaves the runtime's own zone, which in Apps Script is the script's.
 */
export function usableTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    formatter(timeZone).format(0);
    return timeZone;
  } catch {
    return undefined;
  }
}

/** The serial number of a date in a zone (default: the runtime's own); NaN for an invalid date. */
export function dateSerial(date: Date, timeZone?: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) return NaN;
  return (utcOf(wallClock(date, timeZone), new Date(time).getUTCMilliseconds()) - EPOCH) / DAY;
}

const two = (n: number) => String(n).padStart(2, '0');

/** How a message shows a date: its calendar day in the zone, and the time when there is one. */
export function describeDate(date: Date, timeZone?: string): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date';
  const clock = wallClock(date, timeZone);
  const day = `${String(clock.year).padStart(4, '0')}-${two(clock.month)}-${two(clock.day)}`;
  const time = clock.hour + clock.minute + clock.second === 0 ? '' : ` ${two(clock.hour)}:${two(clock.minute)}${clock.second ? `:${two(clock.second)}` : ''}`;
  return day + time;
}

/** Cheap first: a number or text is never a date, and most cells are numbers. */
const holdsDate = (cell: unknown): cell is Date => typeof cell === 'object' && cell !== null && isDate(cell);

function cellToSerial(cell: unknown, timeZone: string | undefined): unknown {
  if (!holdsDate(cell)) return cell;
  const serial = dateSerial(cell, timeZone);
  // An invalid date stays a Date, so the core names it in its #VALUE! message.
  return Number.isNaN(serial) ? cell : serial;
}

/**
 * Arguments with every date, alone or in a range, replaced by its serial number in the zone
 * `zone()` names. Arguments without a date are returned as they are, and the zone is not asked.
 */
export function datesAsSerials(args: readonly unknown[], zone: () => string | undefined): readonly unknown[] {
  const hasDate = args.some((arg) => holdsDate(arg) || (Array.isArray(arg) && arg.some((row) => (Array.isArray(row) ? row.some(holdsDate) : holdsDate(row)))));
  if (!hasDate) return args;
  const timeZone = zone();
  return args.map((arg) =>
    Array.isArray(arg) ? arg.map((row) => (Array.isArray(row) ? row.map((cell) => cellToSerial(cell, timeZone)) : cellToSerial(row, timeZone))) : cellToSerial(arg, timeZone));
}

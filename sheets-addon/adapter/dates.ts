/// <reference types="google-apps-script" />
import { dateSerial } from '../../shared/templates/grid';

/**
 * Dates in the spreadsheet's time zone. `getValues` returns a date cell as a `Date` at that
 * wall-clock time in the spreadsheet's zone (the serial numbers Sheets stores carry no zone), while
 * the script runs in its own zone and `toISOString` speaks UTC: read either way, 2026-01-31 in
 * Copenhagen is 2026-01-30 23:00 UTC. So a Date is turned back into the serial number Sheets
 * stores, by its fields in the spreadsheet's zone (`Utilities.formatDate`), before the core sees it,
 * as Excel hands the core serial numbers.
 */
export function zonedSerial(date: Date, timeZone: string): number {
  const [year, month, day, hours, minutes, seconds] = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number);
  return dateSerial(year, month, day) + (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/** Whether a value is a Date, of whichever realm made it (`instanceof` sees only this one's). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** A sheet's values with every Date as its serial number in `timeZone`. */
export function withSerialDates(values: unknown[][], timeZone: string): unknown[][] {
  return values.map((row) => row.map((value) => (isDate(value) ? zonedSerial(value, timeZone) : value)));
}

/** `2026-11-29 14:05`, the history's stamp, at `date` in `timeZone`. */
export function zonedStamp(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd HH:mm');
}

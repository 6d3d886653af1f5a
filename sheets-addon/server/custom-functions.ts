import { errorText, isKpiError, type KpiError } from '../../shared/errors';
import { datesAsSerials, usableTimeZone } from '../../shared/functions/dates';
import { functionSpec } from '../../shared/functions/registry';
import { runFunction } from '../../shared/functions/run';
import type { FunctionId } from '../../shared/functions/names';
import { langFromLocale, type Lang } from '../../shared/i18n/lang';
import { services } from './services';

/** What a Sheets custom function may return: Sheets has no error values, so no KpiError. */
export type SheetsResult = number | string | (number | string)[][];

/** A setting of the spreadsheet, read once when first needed; undefined where it cannot be read. */
function once<T>(read: () => T): () => T | undefined {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      done = true;
      try {
        value = read();
      } catch {
        value = undefined;
      }
    }
    return value;
  };
}

/**
 * What one call may learn of its spreadsheet. A custom function runs without the user's
 * authorisation and may use the Spreadsheet service read-only, not Session, so the language is the
 * spreadsheet's locale (File > Settings), the same for everyone who opens it, and dates are read in
 * the spreadsheet's time zone. Each is asked at most once per call, and only when needed: a call
 * without dates and errors asks nothing.
 */
function spreadsheetSettings() {
  const spreadsheet = once(() => services.spreadsheetApp().getActiveSpreadsheet());
  return {
    lang: once((): Lang => langFromLocale(spreadsheet()?.getSpreadsheetLocale())),
    timeZone: once(() => usableTimeZone(spreadsheet()?.getSpreadsheetTimeZone())),
  };
}

/** `#VALUE! actual: "n/a" is not a number`: the code first, as the Sheets contract says. */
function errorCellText(error: KpiError, lang: Lang): string {
  return `${error.code} ${errorText(error, lang)}`;
}

/**
 * A KPI function as Sheets calls it. Dates become the serial numbers Excel would pass, in the
 * spreadsheet's time zone. A single-value error is thrown, so the cell shows the code and the
 * message as its tooltip; inside an array only the bad elements carry the error text, because
 * Sheets cannot return error values inside an array and one must not hide the others.
 */
export function runCustomFunction(id: FunctionId, args: readonly unknown[]): SheetsResult {
  const settings = spreadsheetSettings();
  const result = runFunction(functionSpec(id), args, (raw) => datesAsSerials(raw, settings.timeZone));
  const lang = () => settings.lang() ?? 'en';
  if (isKpiError(result)) throw new Error(errorCellText(result, lang()));
  if (!Array.isArray(result)) return result;
  // The core makes each result for its call alone: its errors become texts in place, without a copy.
  for (const row of result) {
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (isKpiError(cell)) row[column] = errorCellText(cell, lang());
    }
  }
  return result as (number | string)[][];
}

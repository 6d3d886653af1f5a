import { errorText, isKpiError, type KpiError } from '../../shared/errors';
import { callFunction } from '../../shared/functions/registry';
import type { FunctionId } from '../../shared/functions/names';
import { userLang } from './lang';

/** What a Sheets custom function may return: Sheets has no error values, so no KpiError. */
export type SheetsResult = number | string | (number | string)[][];

/** `#VALUE! actual: "n/a" is not a number`: the code first, as the Sheets contract says. */
function errorCellText(error: KpiError): string {
  return `${error.code} ${errorText(error, userLang())}`;
}

/**
 * A KPI function as Sheets calls it. A single-value error is thrown, so the cell shows the code
 * and the message as its tooltip; inside an array only the bad elements carry the error text,
 * because Sheets cannot return error values inside an array and one must not hide the others.
 */
export function runCustomFunction(id: FunctionId, args: readonly unknown[]): SheetsResult {
  const result = callFunction(id, ...args);
  if (isKpiError(result)) throw new Error(errorCellText(result));
  if (!Array.isArray(result)) return result;
  return result.map((row) => row.map((cell) => (isKpiError(cell) ? errorCellText(cell) : cell)));
}

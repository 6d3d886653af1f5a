/// <reference types="custom-functions-runtime" />
import { errorText, isKpiError, type ErrorCode, type KpiError } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import type { CellValue, FunctionResult } from '../../shared/functions/values';

/** The contract's mapping of the core's error codes to Excel's. */
export const EXCEL_ERROR_CODES: Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode> = {
  '#VALUE!': 'invalidValue',
  '#NUM!': 'invalidNumber',
  '#DIV/0!': 'divisionByZero',
  '#N/A': 'notAvailable',
};

export type ExcelCell = number | string | CustomFunctions.Error;

export function excelError(error: KpiError, lang: Lang): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[EXCEL_ERROR_CODES[error.code]], errorText(error, lang));
}

function excelCell(value: CellValue, lang: Lang): ExcelCell {
  return isKpiError(value) ? excelError(value, lang) : value;
}

/**
 * A core result as Excel wants it back: a function whose metadata says `matrix` always returns a
 * 2-D array (a single value or a whole error as [[v]]); inside an array only the bad elements are
 * errors, so one bad cell never hides the good ones. The core makes each result for its call
 * alone, so its errors become Excel's in place: a copy of every cell would cost as much again.
 */
export function excelResult(result: FunctionResult, matrix: boolean, lang: Lang): ExcelCell | ExcelCell[][] {
  if (!Array.isArray(result)) {
    const cell = excelCell(result, lang);
    return matrix ? [[cell]] : cell;
  }
  const cells = result as ExcelCell[][];
  for (const row of result) {
    for (let column = 0; column < row.length; column++) {
      const value = row[column];
      if (isKpiError(value)) (row as ExcelCell[])[column] = excelError(value, lang);
    }
  }
  return matrix ? cells : cells[0][0];
}

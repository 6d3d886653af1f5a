import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from 'hyperformula';
import { errorText, isKpiError, kpiError, type ErrorCode, type KpiError } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import type { CellValue, FunctionResult } from '../../shared/functions/values';

/**
 * The edge between HyperFormula's values and the core's: ranges become 2-D arrays, empty cells
 * `null`, engine errors KpiErrors (so the core passes them on); KpiErrors become CellErrors of the
 * matching type and message. Nothing else is decided here.
 */

const TO_ENGINE: Record<ErrorCode, ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#N/A': ErrorType.NA,
};

const ENGINE_CODES: Partial<Record<ErrorType, ErrorCode>> = Object.fromEntries(
  Object.entries(TO_ENGINE).map(([code, type]) => [type, code as ErrorCode]),
);

/** An engine error met in an argument, as the core's error value; types the core has no code for read as #VALUE!. */
function coreError(error: CellError): KpiError {
  const text = error.message || `#${error.type}`;
  return kpiError(ENGINE_CODES[error.type] ?? '#VALUE!', { en: text, da: text });
}

function coreCell(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return coreError(value);
  // Dates, percentages and currencies arrive as numbers wrapped with their format.
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

/** An argument as a host hands it to `callFunction`: a value, or a range as rows of cells. */
export function coreArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(coreCell));
  return coreCell(value);
}

export function engineError(error: KpiError, lang: Lang): CellError {
  return new CellError(TO_ENGINE[error.code], errorText(error, lang));
}

function engineCell(value: CellValue, lang: Lang): number | string | CellError {
  return isKpiError(value) ? engineError(value, lang) : value;
}

/** A core result for the engine: an array spills as a range; a bad element stays one error cell. */
export function engineResult(result: FunctionResult, lang: Lang): number | string | CellError | SimpleRangeValue {
  if (!Array.isArray(result)) return engineCell(result, lang);
  return SimpleRangeValue.onlyValues(result.map((row) => row.map((cell) => engineCell(cell, lang))));
}

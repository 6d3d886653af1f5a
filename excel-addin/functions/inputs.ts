import type { KpiError } from '../../shared/errors';
import { errors } from '../../shared/functions/messages';

/**
 * With `allowErrorForDataTypeAny` Excel calls a function even when a cell of a range holds an
 * error, and hands that cell over as an error object (`CustomFunctions.Error`, with its `code`,
 * e.g. "#N/A"). Here each becomes the core's error value, so it spoils only its own element.
 */
function isExcelError(cell: unknown): cell is { code: string } {
  return typeof cell === 'object' && cell !== null && !Array.isArray(cell) && typeof (cell as { code?: unknown }).code === 'string'
    && (cell as { code: string }).code.startsWith('#');
}

const asCore = (cell: unknown): unknown => (isExcelError(cell) ? errors.errorInCell(cell.code) : cell);

function rowWithErrors(row: readonly unknown[]): boolean {
  for (const cell of row) if (typeof cell === 'object' && isExcelError(cell)) return true;
  return false;
}

/** An argument with its error cells as core errors; the argument itself when it holds none (no copy). */
export function excelArgument(arg: unknown): unknown | KpiError {
  if (!Array.isArray(arg)) return asCore(arg);
  if (!arg.some((row) => (Array.isArray(row) ? rowWithErrors(row) : isExcelError(row)))) return arg;
  return arg.map((row) => (Array.isArray(row) ? row.map(asCore) : asCore(row)));
}

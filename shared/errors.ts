/**
 * Spreadsheet errors as values: the core returns them and never throws; only a host edge turns
 * them into `CustomFunctions.Error` or a thrown Apps Script `Error`.
 */
export type ErrorCode = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A';

export interface KpiError {
  readonly kind: 'kpi-error';
  readonly code: ErrorCode;
  readonly message: string;
}

export function kpiError(code: ErrorCode, message: string): KpiError {
  return { kind: 'kpi-error', code, message };
}

export function isKpiError(value: unknown): value is KpiError {
  return typeof value === 'object' && value !== null && (value as KpiError).kind === 'kpi-error';
}

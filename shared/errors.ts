import type { Lang, Localized } from './i18n/lang';

/**
 * Spreadsheet errors as values: the core returns them and never throws; only a host edge turns
 * them into `CustomFunctions.Error` or a thrown Apps Script `Error`. The code is language-neutral;
 * the text exists in every language, `message` being the English one.
 */
export type ErrorCode = '#VALUE!' | '#NUM!' | '#DIV/0!' | '#N/A';

export interface KpiError {
  readonly kind: 'kpi-error';
  readonly code: ErrorCode;
  readonly message: string;
  readonly messages: Localized;
}

export function kpiError(code: ErrorCode, messages: Localized): KpiError {
  return { kind: 'kpi-error', code, message: messages.en, messages };
}

export function isKpiError(value: unknown): value is KpiError {
  return typeof value === 'object' && value !== null && (value as KpiError).kind === 'kpi-error';
}

export function errorText(error: KpiError, lang: Lang): string {
  return error.messages[lang];
}

import type { Lang } from '../shared/i18n/lang';
import { SEVERITIES, type Finding, type Severity } from '../shared/validator/rule';
import { cellAddress } from '../shared/workbook';
import { counted, text } from './strings';

/** The findings of one severity, in the order the validator gave them. */
export interface FindingGroup {
  readonly severity: Severity;
  readonly findings: readonly Finding[];
}

/** Errors, then warnings, then notes; a severity without findings has no group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((finding) => finding.severity === severity) }))
    .filter((group) => group.findings.length > 0);
}

/** The cell a finding points at, 0-based; a finding with a row only points at its first column. */
export function findingCell(finding: Finding): { row: number; column: number } | undefined {
  const { row, column } = finding;
  if (row === undefined || !Number.isInteger(row) || row < 0) return undefined;
  return { row, column: column !== undefined && Number.isInteger(column) && column >= 0 ? column : 0 };
}

/** `B12` for a finding at row 11, column 1; undefined for a finding about the whole sheet. */
export function findingAddress(finding: Finding): string | undefined {
  const cell = findingCell(finding);
  return cell && cellAddress(cell.row, cell.column);
}

/** `3 errors, 2 warnings`; the no-findings sentence when there are none. */
export function summaryText(findings: readonly Finding[], lang: Lang): string {
  const groups = groupFindings(findings);
  if (groups.length === 0) return text('noFindings', lang);
  return groups.map((group) => counted(group.severity, group.findings.length, lang)).join(', ');
}

/** A bridge failure as the user reads it: its message, never `[object Object]` or nothing. */
export function failureText(error: unknown, lang: Lang): string {
  const message = typeof error === 'object' && error !== null && 'message' in error ? (error as { message: unknown }).message : error;
  return String(message ?? '').trim() || text('unknownError', lang);
}

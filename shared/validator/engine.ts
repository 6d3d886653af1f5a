import { readReview } from '../agreement/review';
import type { Agreement } from '../agreement/schema';
import { findTable, toGrid, type Grid } from '../agreement/table';
import type { Lang } from '../i18n/lang';
import { SEVERITIES, type CheckContext, type Finding, type RuleModule } from './rule';
import { RULES } from './rules';

export interface ValidateOptions {
  readonly lang?: Lang;
}

/**
 * Checks a sheet's values against the agreement contract. `grid` is whatever the host returned
 * (`getValues()`, `range.values`); any other input reads as a sheet without a table. Findings come
 * errors first, then warnings, then infos; within a severity top to bottom, left to right (a finding
 * without a cell first), then in rule order. Never throws.
 */
export function validateAgreement(grid: unknown[][], options?: ValidateOptions): Finding[] {
  return validateWith(RULES, grid, options);
}

/** `validateAgreement` with the rules given. */
export function validateWith(rules: readonly RuleModule[], grid: unknown, options?: ValidateOptions): Finding[] {
  try {
    const lang = readLang(options);
    const rows = toGrid(grid);
    const agreement = readGrid(rows, lang);
    const inside = insideGrid(rows);
    const first = rules.filter((rule) => !rule.restates).flatMap((rule) => runRule(rule, agreement, lang));
    const reported = new Set(first.map(cellKey));
    const context: CheckContext = { covered: (cell) => reported.has(cellKey(cell)) };
    const after = rules.filter((rule) => rule.restates).flatMap((rule) => runRule(rule, agreement, lang, context));
    return sortFindings([...first, ...after].map(inside));
  } catch {
    // Reading is total over any input; this is the last guard of a promise made to hosts.
    return [];
  }
}

/** The agreement a grid holds: its KPI table (null when there is none) and the review sheet's parts. */
export function readAgreement(grid: unknown): Agreement {
  return readGrid(toGrid(grid));
}

function readGrid(rows: Grid, lang?: Lang): Agreement {
  const table = findTable(rows, lang);
  return { table: table ?? null, review: readReview(rows, table) };
}

/**
 * A finding points at a cell only inside the grid given (its rows by its longest row), so a host
 * can select it: a cell a short section would hold beyond that is left unpointed.
 */
function insideGrid(rows: Grid): (finding: Finding) => Finding {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return (finding) => {
    if (finding.row === undefined || finding.column === undefined) return finding;
    if (finding.row < rows.length && finding.column < width) return finding;
    const { row, column, ...unpointed } = finding;
    return unpointed;
  };
}

function readLang(options: unknown): Lang {
  return typeof options === 'object' && options !== null && (options as ValidateOptions).lang === 'da' ? 'da' : 'en';
}

/** A rule that throws loses its own findings only. */
function runRule(rule: RuleModule, agreement: Agreement, lang: Lang, context?: CheckContext): Finding[] {
  try {
    return rule.findings(agreement, lang, context);
  } catch {
    return [];
  }
}

const cellKey = (cell: { readonly row?: number; readonly column?: number }) => `${cell.row ?? ''}:${cell.column ?? ''}`;

const severityRank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);

/** Array.prototype.sort is stable, so rule order breaks the remaining ties. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      severityRank(a) - severityRank(b) || (a.row ?? -1) - (b.row ?? -1) || (a.column ?? -1) - (b.column ?? -1),
  );
}

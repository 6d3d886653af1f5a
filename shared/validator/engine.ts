import { readReview } from '../agreement/review';
import type { Agreement } from '../agreement/schema';
import { findTable, toGrid } from '../agreement/table';
import type { Lang } from '../i18n/lang';
import { SEVERITIES, type Finding, type RuleModule } from './rule';
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
  try {
    const lang = readLang(options);
    const agreement = readAgreement(grid);
    return sortFindings(RULES.flatMap((rule) => runRule(rule, agreement, lang)));
  } catch {
    // Reading is total over any input; this is the last guard of a promise made to hosts.
    return [];
  }
}

/** The agreement a grid holds: its KPI table (null when there is none) and the review sheet's parts. */
export function readAgreement(grid: unknown): Agreement {
  const rows = toGrid(grid);
  const table = findTable(rows);
  return { table: table ?? null, review: readReview(rows, table) };
}

function readLang(options: unknown): Lang {
  return typeof options === 'object' && options !== null && (options as ValidateOptions).lang === 'da' ? 'da' : 'en';
}

/** A rule that throws loses its own findings only. */
function runRule(rule: RuleModule, agreement: Agreement, lang: Lang): Finding[] {
  try {
    return rule.findings(agreement, lang);
  } catch {
    return [];
  }
}

const severityRank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);

/** Array.prototype.sort is stable, so rule order breaks the remaining ties. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      severityRank(a) - severityRank(b) || (a.row ?? -1) - (b.row ?? -1) || (a.column ?? -1) - (b.column ?? -1),
  );
}

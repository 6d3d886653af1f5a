import type { Lang } from '../shared/i18n/lang';
import { validateAgreement, type Finding } from '../shared/index';
import { readSheets } from './read';
import { summarize, type AgreementSummary } from './summary';
import type { SheetValues } from './xlsx';

/** A sheet validated: findings with `row`/`column` 0-based from the sheet's A1. */
export interface CheckedSheet {
  readonly file: string;
  readonly sheet: string;
  readonly findings: readonly Finding[];
  /** For the team report: who, when, and the KPIs' statuses (not part of the check's JSON). */
  readonly agreement?: AgreementSummary;
}

/** A file that could not be read, with a message a person understands. */
export interface UnreadableFile {
  readonly file: string;
  readonly error: string;
}

export type CheckEntry = CheckedSheet | UnreadableFile;

export const isUnreadable = (entry: CheckEntry): entry is UnreadableFile => 'error' in entry;

/**
 * A file's entries of the check: one per sheet holding a KPI table; for a file with none, one for
 * its first sheet holding the `no-table` finding; for a file that cannot be read, its error.
 */
export async function checkFile(file: string, lang: Lang, summaries = false): Promise<CheckEntry[]> {
  const read = await readSheets(file, lang);
  if ('error' in read) return [{ file, error: read.error }];
  return checkSheets(file, read.sheets, lang, summaries);
}

function checkSheets(file: string, sheets: readonly SheetValues[], lang: Lang, summaries: boolean): CheckedSheet[] {
  const checked = sheets.map((sheet) => ({ file, sheet: sheet.name, findings: validateAgreement(sheet.grid, { lang }) }));
  const withTable = checked.flatMap((entry, i) =>
    entry.findings.some(isNoTable) ? [] : [summaries ? { ...entry, agreement: summarize(sheets[i].grid) } : entry]);
  if (withTable.length > 0) return withTable;
  const first = checked[0];
  return [{ ...first, findings: first.findings.filter(isNoTable) }];
}

const isNoTable = (finding: Finding) => finding.rule === 'no-table';

import type { Lang } from '../shared/i18n/lang';
import type { Finding } from '../shared/index';
import { cellAddress } from '../shared/workbook';
import { isUnreadable, type CheckEntry } from './check';
import { SEVERITY_WORDS, say } from './strings';

/** The check's result as the contract's JSON array: findings as the validator returns them. */
export function checkJson(entries: readonly CheckEntry[]): string {
  const plain = entries.map((entry) =>
    isUnreadable(entry) ? { file: entry.file, error: entry.error } : { file: entry.file, sheet: entry.sheet, findings: entry.findings },
  );
  return `${JSON.stringify(plain, null, 2)}\n`;
}

/** Where a finding points, as a person reads it: `J10`, `row 4` for a whole row, '' for the table. */
export function findingPlace(finding: Finding, lang: Lang): string {
  if (finding.row === undefined) return '';
  return finding.column === undefined ? say('row', lang, { row: finding.row + 1 }) : cellAddress(finding.row, finding.column);
}

/** Per file and sheet its findings (place, severity, message, rule id), then one summary line. */
export function checkText(entries: readonly CheckEntry[], lang: Lang): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  const files = new Set<string>();
  let sheets = 0;
  let unreadable = 0;
  for (const entry of entries) {
    files.add(entry.file);
    if (isUnreadable(entry)) {
      unreadable++;
      lines.push(`${entry.file}: ${say('couldNotRead', lang)}`, `  ${entry.error}`, '');
      continue;
    }
    sheets++;
    lines.push(`${entry.file} › ${entry.sheet}`);
    const places = entry.findings.map((finding) => findingPlace(finding, lang));
    const placeWidth = Math.max(0, ...places.map((place) => place.length));
    const severityWidth = Math.max(...entry.findings.map((finding) => SEVERITY_WORDS[finding.severity][lang].length));
    entry.findings.forEach((finding, i) => {
      counts[finding.severity]++;
      const severity = SEVERITY_WORDS[finding.severity][lang];
      lines.push(`  ${places[i].padEnd(placeWidth)}  ${severity.padEnd(severityWidth)}  ${finding.message}  (${finding.rule})`);
    });
    lines.push('');
  }
  let summary = say('summary', lang, { files: files.size, sheets, errors: counts.error, warnings: counts.warning, infos: counts.info });
  if (unreadable > 0) summary += say('summaryUnreadable', lang, { unreadable });
  lines.push(entries.length === 0 ? say('noFiles', lang) : summary);
  return `${lines.join('\n')}\n`;
}

/** 2 when a file could not be read, else 1 when any finding is an error, else 0. */
export function exitStatus(entries: readonly CheckEntry[]): 0 | 1 | 2 {
  if (entries.some(isUnreadable)) return 2;
  return entries.some((entry) => !isUnreadable(entry) && entry.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

import { dirname, relative, sep } from 'node:path';
import type { Lang } from '../shared/i18n/lang';
import { kpiNameKey } from '../shared/agreement/normalize';
import type { Finding } from '../shared/index';
import { isUnreadable, type CheckEntry, type CheckedSheet, type UnreadableFile } from './check';
import { findingPlace } from './output';
import { REPORT_STRINGS } from './report-strings';
import { SEVERITY_WORDS } from './strings';
import type { AgreementSummary, KpiSummary } from './summary';

/**
 * The team report: one row per agreement, the team KPIs with the individual KPIs that feed them,
 * and every finding with an anchor of its own. The HTML is one self-contained page (styles inline,
 * no script, nothing fetched), printable; every text from a cell is escaped, so a cell holding
 * markup shows as that text.
 */

type ReportKey = keyof typeof REPORT_STRINGS;
type Verdict = 'ready' | 'readyWithWarnings' | 'notReady' | 'noTable';

interface Row {
  readonly index: number;
  readonly entry: CheckedSheet;
  readonly agreement: AgreementSummary | undefined;
  readonly errors: number;
  readonly warnings: number;
  readonly verdict: Verdict;
}

function rowsOf(entries: readonly CheckEntry[]): Row[] {
  return entries.filter((entry): entry is CheckedSheet => !isUnreadable(entry)).map((entry, index) => {
    const count = (severity: Finding['severity']) => entry.findings.filter((finding) => finding.severity === severity).length;
    const errors = count('error');
    const warnings = count('warning');
    const verdict: Verdict = !entry.agreement ? 'noTable' : errors > 0 ? 'notReady' : warnings > 0 ? 'readyWithWarnings' : 'ready';
    return { index, entry, agreement: entry.agreement, errors, warnings, verdict };
  });
}

const score = (value: number | null | undefined, lang: Lang) =>
  value === null || value === undefined ? '' : `${(value * 100).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 0 })} %`;

/** The columns of the agreements table and of the CSV, in order. */
const COLUMNS: readonly { key: ReportKey; value: (row: Row, lang: Lang) => string | number }[] = [
  { key: 'employee', value: (row) => row.agreement?.employee ?? '' },
  { key: 'manager', value: (row) => row.agreement?.manager ?? '' },
  { key: 'period', value: (row) => row.agreement?.period ?? '' },
  { key: 'file', value: (row) => row.entry.file },
  { key: 'sheet', value: (row) => row.entry.sheet },
  { key: 'kpis', value: (row) => row.agreement?.kpis.length ?? 0 },
  { key: 'errors', value: (row) => row.errors },
  { key: 'warnings', value: (row) => row.warnings },
  { key: 'verdict', value: (row, lang) => REPORT_STRINGS[row.verdict][lang] },
  { key: 'green', value: (row) => row.agreement?.rag.Green ?? '' },
  { key: 'amber', value: (row) => row.agreement?.rag.Amber ?? '' },
  { key: 'red', value: (row) => row.agreement?.rag.Red ?? '' },
  { key: 'weightedScore', value: (row, lang) => score(row.agreement?.weightedScore, lang) },
];

/** One line per agreement, then one per unreadable file; UTF-8 with a BOM so Excel shows æøå. */
export function reportCsv(entries: readonly CheckEntry[], lang: Lang): string {
  const header = [...COLUMNS.map((column) => REPORT_STRINGS[column.key][lang]), REPORT_STRINGS.error[lang]];
  const lines = rowsOf(entries).map((row) => [...COLUMNS.map((column) => column.value(row, lang)), '']);
  const unreadable = entries.filter(isUnreadable).map((entry) => COLUMNS.map((column) => (column.key === 'file' ? entry.file : '')).concat(entry.error));
  return `\ufeff${[header, ...lines, ...unreadable].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A CSV field, quoted where needed; a text a spreadsheet would run as a formula is kept as text. */
function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

export interface HtmlOptions {
  /** Where the page is written, so links to the files are relative to it. */
  readonly outFile?: string;
  readonly date?: Date;
}

export function reportHtml(entries: readonly CheckEntry[], lang: Lang, options: HtmlOptions = {}): string {
  const t = (key: ReportKey) => escapeHtml(REPORT_STRINGS[key][lang]);
  const rows = rowsOf(entries);
  const unreadable = entries.filter(isUnreadable);
  const files = new Set(entries.map((entry) => entry.file)).size;
  const date = (options.date ?? new Date()).toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
  const fileLink = (file: string) => {
    const path = relative(options.outFile ? dirname(options.outFile) : '.', file).split(sep).map(encodeURIComponent).join('/');
    return `<a href="${escapeHtml(path)}">${escapeHtml(file)}</a>`;
  };
  const findingsLink = (row: Row, count: number) => (count === 0 ? '0' : `<a href="#agreement-${row.index + 1}">${count}</a>`);
  const cells = (row: Row) =>
    COLUMNS.map(({ key, value }) => {
      if (key === 'file') return `<td>${fileLink(row.entry.file)}</td>`;
      if (key === 'errors') return `<td class="number">${findingsLink(row, row.errors)}</td>`;
      if (key === 'warnings') return `<td class="number">${findingsLink(row, row.warnings)}</td>`;
      const text = value(row, lang);
      return `<td class="${typeof text === 'number' ? 'number' : key === 'verdict' ? `verdict ${row.verdict}` : ''}">${escapeHtml(text)}</td>`;
    }).join('');
  const intro = REPORT_STRINGS.intro[lang].replace('{agreements}', String(rows.length)).replace('{files}', String(files)).replace('{date}', date);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t('title')}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${t('title')}</h1>
<p>${escapeHtml(intro)}</p>
<h2>${t('agreements')}</h2>
<table class="agreements">
<thead><tr>${COLUMNS.map(({ key }) => `<th scope="col">${t(key)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((row) => `<tr>${cells(row)}</tr>`).join('\n')}
</tbody>
</table>
${unreadable.length === 0 ? '' : `<h2>${t('unreadable')}</h2>\n<ul>\n${unreadable.map((entry: UnreadableFile) => `<li>${fileLink(entry.file)}: ${escapeHtml(entry.error)}</li>`).join('\n')}\n</ul>`}
<h2>${t('rollUp')}</h2>
<p>${t('rollUpHelp')}</p>
${rollUpHtml(rows, lang)}
<h2>${t('findings')}</h2>
${rows.map((row) => findingsHtml(row, lang)).join('\n')}
</body>
</html>
`;
}

interface TeamKpi {
  readonly name: string;
  readonly holders: Row[];
}

/** Team KPIs by name (trimmed, case-insensitive, as the validator compares KPI names). */
function teamKpis(rows: readonly Row[]): TeamKpi[] {
  const byName = new Map<string, TeamKpi>();
  for (const row of rows) {
    for (const kpi of row.agreement?.kpis ?? []) {
      if (kpi.scope !== 'team') continue;
      const key = kpiNameKey(kpi.name);
      const team = byName.get(key) ?? { name: kpi.name, holders: [] };
      if (!team.holders.includes(row)) team.holders.push(row);
      byName.set(key, team);
    }
  }
  return [...byName.values()];
}

function rollUpHtml(rows: readonly Row[], lang: Lang): string {
  const t = (key: ReportKey) => escapeHtml(REPORT_STRINGS[key][lang]);
  const teams = teamKpis(rows);
  if (teams.length === 0) return `<p>${t('noTeamKpis')}</p>`;
  const who = (row: Row) => escapeHtml(row.agreement?.employee || row.entry.file);
  const kpiText = (kpi: KpiSummary) => {
    const details = [kpi.type ? REPORT_STRINGS[kpi.type][lang] : '', kpi.status ? statusWord(kpi.status, lang) : ''].filter(Boolean).join(', ');
    return `${escapeHtml(kpi.name || REPORT_STRINGS.unnamed[lang])}${details ? ` <span class="note">(${escapeHtml(details)})</span>` : ''}`;
  };
  return teams
    .map((team) => {
      const statuses = team.holders.map((row) => row.agreement?.kpis.find((kpi) => kpi.scope === 'team' && kpiNameKey(kpi.name) === kpiNameKey(team.name))?.status);
      const drivers = team.holders.map((row) => {
        const individual = (row.agreement?.kpis ?? []).filter((kpi) => kpi.scope === 'individual');
        return `<li>${who(row)}: ${individual.length === 0 ? t('noIndividual') : individual.map(kpiText).join('; ')}</li>`;
      });
      const counts = (['Green', 'Amber', 'Red'] as const).map((status) => `${statusWord(status, lang)} ${statuses.filter((s) => s === status).length}`).join(', ');
      return `<section class="team-kpi">
<h3>${escapeHtml(team.name)}</h3>
<p>${t('heldBy')} ${team.holders.map(who).join(', ')} <span class="note">(${escapeHtml(counts)})</span></p>
<p>${t('fedBy')}:</p>
<ul>
${drivers.join('\n')}
</ul>
</section>`;
    })
    .join('\n');
}

function statusWord(status: 'Green' | 'Amber' | 'Red', lang: Lang): string {
  return REPORT_STRINGS[status.toLowerCase() as 'green' | 'amber' | 'red'][lang];
}

function findingsHtml(row: Row, lang: Lang): string {
  const t = (key: ReportKey) => escapeHtml(REPORT_STRINGS[key][lang]);
  const id = `agreement-${row.index + 1}`;
  const title = [row.agreement?.employee, `${row.entry.file} › ${row.entry.sheet}`].filter(Boolean).join(' · ');
  if (row.entry.findings.length === 0) return `<h3 id="${id}">${escapeHtml(title)}</h3>\n<p>${t('noFindings')}</p>`;
  const items = row.entry.findings.map((finding, i) => {
    const anchor = `${id}-finding-${i + 1}`;
    return `<tr id="${anchor}" class="${finding.severity}"><td><a href="#${anchor}">${escapeHtml(findingPlace(finding, lang) || '–')}</a></td><td>${escapeHtml(SEVERITY_WORDS[finding.severity][lang])}</td><td>${escapeHtml(finding.message)}</td><td><code>${escapeHtml(finding.rule)}</code></td></tr>`;
  });
  return `<h3 id="${id}">${escapeHtml(title)}</h3>
<table class="findings">
<thead><tr><th scope="col">${t('cell')}</th><th scope="col">${t('severity')}</th><th scope="col">${t('message')}</th><th scope="col">${t('rule')}</th></tr></thead>
<tbody>
${items.join('\n')}
</tbody>
</table>`;
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; } h3 { font-size: 1.05rem; margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.verdict.notReady, tr.error td:nth-child(2) { color: #a40e26; font-weight: 600; }
.verdict.readyWithWarnings, tr.warning td:nth-child(2) { color: #7d4e00; }
.verdict.ready { color: #116329; font-weight: 600; }
.note { color: #57606a; }
a { color: #0550ae; }
:target { outline: 2px solid #0550ae; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tr, .team-kpi { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

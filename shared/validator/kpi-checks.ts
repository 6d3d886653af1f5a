import { column, readValues, type ColumnKey } from '../agreement/columns';
import { isReviewSheet } from '../agreement/review';
import type { Agreement, KpiRow, KpiTable, ListedId, LISTED_IDS, Review, Section, TextCell } from '../agreement/schema';
import type { Lang, Localized } from '../i18n/lang';
import { defineRule, type CellPosition, type Messages, type RuleHit, type RuleId, type RuleModule, type Severity } from './rule';

/** Building blocks the rules share: where findings point, per-row loops and judgements of a row. */

/** Tolerance for comparisons of decimals read from cells (0.45 against 0.3 is 50 %, not 50.0000001 %). */
export const EPSILON = 1e-9;

/** The least share of a KPI an employee must influence (the guide's 70 %). */
export const MIN_INFLUENCE = 0.7;

/** The most a target may improve on its baseline, relative to it, and still be realistic. */
export const MAX_REALISTIC_GAIN = 0.5;

/** A KPI row as a message names it: its name, or its row (1-based, as the sheet shows it) when unnamed. */
export interface KpiParams {
  readonly kpi: string;
  readonly row: number;
}

export function kpiParams(row: KpiRow): KpiParams {
  return { kpi: row.kpi.text, row: row.row + 1 };
}

/** One quotation style in both languages, the one the product's other texts and the guide use. */
export function quote(text: string): string {
  return `“${text}”`;
}

/** How a message starting with a KPI names it. */
export const named: Record<Lang, (p: KpiParams) => string> = {
  en: (p) => (p.kpi === '' ? `The KPI on row ${p.row}` : quote(p.kpi)),
  da: (p) => (p.kpi === '' ? `KPI’en i række ${p.row}` : quote(p.kpi)),
};

const MARKS: Record<Lang, { readonly decimal: string; readonly grouping: string }> = {
  en: { decimal: '.', grouping: ',' },
  da: { decimal: ',', grouping: '.' },
};

/** A number as a reader of `lang` writes it: "1,234.5" and "1.234,5", at most `decimals` decimals. */
export function numberText(value: number, lang: Lang, decimals = 2): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, MARKS[lang].grouping);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? MARKS[lang].decimal + fraction : ''}`;
}

/** "70 %" for 0.7, "83,3 %" in Danish, with at most one decimal. */
export function percentText(fraction: number, lang: Lang): string {
  return `${numberText(fraction * 100, lang, 1)} %`;
}

/** Parameters of a finding about a blank cell: what was typed, when it was a placeholder. */
export interface BlankParams extends KpiParams {
  readonly typed?: string;
}

/** " (“n/a” counts as blank)" when a placeholder stood in the cell, else nothing. */
export const typedNote: Record<Lang, (p: { readonly typed?: string }) => string> = {
  en: (p) => (p.typed ? ` (${quote(p.typed)} counts as blank)` : ''),
  da: (p) => (p.typed ? ` (${quote(p.typed)} tæller som tomt)` : ''),
};

/** Where a table-wide finding points: the header row, at the KPI header. */
export function headerPosition(table: KpiTable): CellPosition {
  return { row: table.headerRow, column: table.columns.kpi ?? 0 };
}

export function at(cell: CellPosition): CellPosition {
  return { row: cell.row, column: cell.column };
}

export function hasColumns(table: KpiTable, keys: readonly ColumnKey[]): boolean {
  return keys.every((key) => table.columns[key] !== undefined);
}

/** The hits of `check` on every KPI row; none when there is no table or a column it reads is absent. */
export function eachRow<P>(
  agreement: Agreement,
  columns: readonly ColumnKey[],
  check: (row: KpiRow, index: number, rows: readonly KpiRow[]) => RuleHit<P> | readonly RuleHit<P>[] | undefined,
): RuleHit<P>[] {
  const table = agreement.table;
  if (!table || !hasColumns(table, columns)) return [];
  return table.rows.flatMap((row, index, rows) => check(row, index, rows) ?? []);
}

/** One hit at the header row when the table holds `columns` and `fires` returns parameters. */
export function tableWide<P>(
  agreement: Agreement,
  columns: readonly ColumnKey[],
  fires: (rows: readonly KpiRow[]) => P | undefined,
): RuleHit<P>[] {
  const table = agreement.table;
  if (!table || !hasColumns(table, columns)) return [];
  const params = fires(table.rows);
  return params === undefined ? [] : [{ at: headerPosition(table), params }];
}

/** Columns whose blank cell a rule reports. */
type BlankCheckedKey = 'definition' | 'source' | 'owner' | 'baselinePeriod' | 'deadline' | 'link' | 'counter';

/** The hit of a blank cell (a placeholder counts as blank), naming what was typed. */
export function blankHit(row: KpiRow, cell: TextCell | undefined): RuleHit<BlankParams> | undefined {
  if (!cell || cell.text !== '') return undefined;
  return { at: at(cell), params: { ...kpiParams(row), ...(cell.placeholder ? { typed: cell.placeholder } : {}) } };
}

/** A rule firing on every KPI row whose `key` cell is blank, pointing at that cell. */
export function blankCellRule(
  id: RuleId,
  key: BlankCheckedKey,
  severity: Severity,
  description: Localized,
  messages: Messages<BlankParams>,
): RuleModule {
  return defineRule<BlankParams>({
    id,
    severity,
    description,
    messages,
    check: (agreement) => eachRow(agreement, [key], (row) => blankHit(row, row[key])),
  });
}

export type ListedKey = keyof typeof LISTED_IDS;

export function isListed<K extends ListedKey>(row: KpiRow, key: K, id: ListedId<K>): boolean {
  const cell: { readonly value: string | null } | undefined = row[key];
  return cell?.value === id;
}

/**
 * How much better the target is than the baseline in the row's direction (Higher when blank or
 * unreadable): positive is better, negative worse; undefined unless both are numbers.
 */
export function targetGain(row: KpiRow): number | undefined {
  const target = row.target?.value;
  const baseline = row.baseline?.value;
  // A Target KPI is best on its target: neither side of it is better.
  if (target == null || baseline == null || isListed(row, 'direction', 'target')) return undefined;
  return isListed(row, 'direction', 'lower') ? baseline - target : target - baseline;
}

/** The target's gain relative to abs(baseline); undefined when unreadable or the baseline is 0. */
export function relativeGain(row: KpiRow): number | undefined {
  const gain = targetGain(row);
  const baseline = row.baseline?.value;
  if (gain === undefined || baseline == null || baseline === 0) return undefined;
  return gain / Math.abs(baseline);
}

export function isUnrealistic(row: KpiRow): boolean {
  const gain = relativeGain(row);
  return gain !== undefined && gain > MAX_REALISTIC_GAIN + EPSILON;
}

/** Worse than or equal to the baseline in the row's direction: no improvement asked for. */
export function isTargetNoBetterThanBaseline(row: KpiRow): boolean {
  const gain = targetGain(row);
  return gain !== undefined && gain <= EPSILON;
}

/** A share from 0 to 100 % (an influence or a weight read as a fraction). */
export function isShare(value: number): boolean {
  return value >= 0 && value <= 1 + EPSILON;
}

/** A row not on the Team scope whose influence is a possible share below 70 %. */
export function hasLowInfluence(row: KpiRow): boolean {
  const influence = row.influence?.value;
  return !isListed(row, 'scope', 'team') && influence != null && isShare(influence) && influence < MIN_INFLUENCE - EPSILON;
}

/** A row marked as a pilot KPI: tried without consequences, and left out of the 3-5. */
export function isPilot(row: KpiRow): boolean {
  return isListed(row, 'pilot', 'yes');
}

/** The label of a listed value in a language, as the template writes it. */
export function listedLabel(key: ListedKey, id: string, lang: Lang): string {
  return readValues(column(key)).find((value) => value.id === id)?.label[lang] ?? id;
}

/** The review sheet's rules are silent on a bare table: the grid must hold a section besides it. */
export function onReviewSheet<P>(agreement: Agreement, check: (review: Review) => RuleHit<P>[]): RuleHit<P>[] {
  return isReviewSheet(agreement.review) ? check(agreement.review) : [];
}

/** Where a finding about a section points: its title, when the section is there at all. */
export function sectionPosition(section: Section | undefined): CellPosition | undefined {
  return section ? at(section) : undefined;
}

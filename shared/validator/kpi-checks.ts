import { column, type ColumnKey } from '../agreement/columns';
import { isReviewSheet } from '../agreement/review';
import type { Agreement, KpiRow, KpiTable, ListedId, LISTED_IDS, Review, Section } from '../agreement/schema';
import type { Lang, Localized } from '../i18n/lang';
import { defineRule, type CellPosition, type Messages, type RuleHit, type RuleId, type RuleModule, type Severity } from './rule';

/** Building blocks the rules share: where findings point, per-row loops and judgements of a row. */

/** Tolerance for comparisons of decimals read from cells (0.45 against 0.3 is 50 %, not 50.0000001 %). */
export const EPSILON = 1e-9;

/** The least share of a KPI an employee must influence (the guide's 70 %). */
export const MIN_INFLUENCE = 0.7;

/** The most a target may improve on its baseline, relative to it, and still be realistic. */
export const MAX_REALISTIC_GAIN = 0.5;

export interface KpiParams {
  readonly kpi: string;
}

export const quote: Record<Lang, (text: string) => string> = {
  en: (text) => `“${text}”`,
  da: (text) => `»${text}«`,
};

/** "70 %" for 0.7, with at most one decimal. */
export function percentText(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10} %`;
}

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
type BlankCheckedKey = 'definition' | 'source' | 'owner' | 'baselinePeriod' | 'deadline' | 'link' | 'counter' | 'baseline';

/** A rule firing on every KPI row whose `key` cell is blank, pointing at that cell. */
export function blankCellRule(
  id: RuleId,
  key: BlankCheckedKey,
  severity: Severity,
  description: Localized,
  messages: Messages<KpiParams>,
): RuleModule {
  return defineRule<KpiParams>({
    id,
    severity,
    description,
    messages,
    check: (agreement) =>
      eachRow(agreement, [key], (row) => {
        const cell = row[key];
        return cell && cell.text === '' ? { at: at(cell), params: { kpi: row.kpi.text } } : undefined;
      }),
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
  if (target == null || baseline == null) return undefined;
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

export function isTargetWorseThanBaseline(row: KpiRow): boolean {
  const gain = targetGain(row);
  return gain !== undefined && gain < -EPSILON;
}

/** A row not on the Team scope whose influence is a number below 70 %. */
export function hasLowInfluence(row: KpiRow): boolean {
  const influence = row.influence?.value;
  return !isListed(row, 'scope', 'team') && influence != null && influence < MIN_INFLUENCE - EPSILON;
}

/** The label of a listed value in a language, as the template writes it. */
export function listedLabel(key: ListedKey, id: string, lang: Lang): string {
  return column(key).values?.find((value) => value.id === id)?.label[lang] ?? id;
}

/** The review sheet's rules are silent on a bare table: the grid must hold a section besides it. */
export function onReviewSheet<P>(agreement: Agreement, check: (review: Review) => RuleHit<P>[]): RuleHit<P>[] {
  return isReviewSheet(agreement.review) ? check(agreement.review) : [];
}

/** Where a finding about a section points: its title, when the section is there at all. */
export function sectionPosition(section: Section | undefined): CellPosition | undefined {
  return section ? at(section) : undefined;
}

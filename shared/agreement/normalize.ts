import { KNOWN_COLUMNS, readValues, type ColumnKey, type ColumnSpec } from './columns';
import type { Localized } from '../i18n/lang';

/**
 * Reading what users typed: cells compare trimmed, case-insensitively, with any text in
 * parentheses ignored, so `Influence (%)`, ` influence ` and `INFLUENCE` are one header.
 */

/**
 * The text a cell shows. Only strings, numbers, booleans and dates have one: hosts return nothing
 * else. A date is its calendar day where the code runs, never its UTC day (`toISOString`): a date
 * cell is midnight in the workbook's zone, and east of UTC that is the day before in UTC. (The
 * Sheets adapter hands dates over as serial numbers read in the spreadsheet's own zone.)
 */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : localDay(value);
  return '';
}

/** `2026-01-31`: the calendar day of a date where the code runs. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

export function isBlank(value: unknown): boolean {
  return cellText(value) === '';
}

const MAX_LABEL_LENGTH = 200;

/** Trimmed, lower case, parentheses dropped, inner spaces collapsed, a trailing colon of a label dropped. */
export function normalizeLabel(value: unknown): string {
  let text = cellText(value);
  // No label is this long; skipping the regular expressions keeps odd cells linear.
  if (text.length > MAX_LABEL_LENGTH) return text.toLowerCase();
  // The cheap tests first: most cells have nothing to drop or decompose.
  if (text.includes('(')) text = text.replace(/\([^)]*\)/g, ' ');
  if (/\s\s|[^\S ]/.test(text)) text = text.replace(/\s+/g, ' ');
  if (text.endsWith(':')) text = text.replace(/\s*:$/, '');
  if (!/^[\x20-\x7e]*$/.test(text)) text = text.normalize('NFC');
  return text.trim().toLowerCase();
}

/** A KPI's name as `duplicate` and `counter` compare it: trimmed and case-insensitive only. */
export function kpiNameKey(value: unknown): string {
  return cellText(value).normalize('NFC').toLowerCase();
}

/** Looks a label up among texts given in both languages (and further spellings). */
export function labelMatcher<K>(entries: readonly { key: K; texts: readonly string[] }[]): (value: unknown) => K | undefined {
  const byLabel = new Map<string, K>();
  for (const { key, texts } of entries) {
    for (const text of texts) {
      const label = normalizeLabel(text);
      if (label !== '' && !byLabel.has(label)) byLabel.set(label, key);
    }
  }
  return (value) => (typeof value === 'string' ? byLabel.get(normalizeLabel(value)) : undefined);
}

export function localizedTexts(localized: Localized, aliases: readonly string[] = []): string[] {
  return [localized.en, localized.da, ...aliases];
}

const headerLabelKey = labelMatcher(
  KNOWN_COLUMNS.map((spec) => ({ key: spec.key, texts: localizedTexts(spec.header, spec.aliases) })),
);

/** A header's words without a trailing year or percent sign: "Target 2027" and "Influence %" name their column. */
function headerStem(value: string): string {
  return value.replace(/\s*%$/, '').replace(/\s+(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?$/, '');
}

/** The column a header cell names, in either language, with or without a trailing year or `%`. */
export function headerKey(value: unknown): ColumnKey | undefined {
  if (typeof value !== 'string') return undefined;
  return headerLabelKey(value) ?? headerLabelKey(headerStem(value.trim()));
}

const listedMatchers = new Map<ColumnKey, (value: unknown) => string | undefined>(
  KNOWN_COLUMNS.filter((spec) => spec.values).map((spec) => [
    spec.key,
    labelMatcher(readValues(spec).map((v) => ({ key: v.id, texts: localizedTexts(v.label, v.aliases) }))),
  ]),
);

/** The id of the listed value a cell holds (either language, aliases), or undefined when it is not listed. */
export function listedValueId(spec: ColumnSpec, value: unknown): string | undefined {
  return listedMatchers.get(spec.key)?.(value);
}

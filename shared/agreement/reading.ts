import { KNOWN_COLUMNS, PLACEHOLDERS } from './columns';
import { normalizeLabel } from './normalize';
import type { Lang } from '../i18n/lang';

/** How people fill a cell: placeholders for "nothing here", numbers typed as text in the sheet's language. */

const placeholderKey = (text: string): string => {
  const lower = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const inner = lower.startsWith('(') && lower.endsWith(')') ? lower.slice(1, -1).trim() : lower;
  return inner.normalize('NFC');
};

const PLACEHOLDER_KEYS = new Set(PLACEHOLDERS.map(placeholderKey));

/** The cell's text when it is a placeholder ("n/a", "-", "TBD", "(not used)", "mangler"), else undefined. */
export function placeholderText(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const text = value.trim();
  return text !== '' && PLACEHOLDER_KEYS.has(placeholderKey(text)) ? text : undefined;
}

/** Header texts that only one language writes ("Datakilde", "Owner"), to tell a sheet's language. */
const ONLY_IN: Record<Lang, ReadonlySet<string>> = (() => {
  const en = new Set(KNOWN_COLUMNS.map((spec) => normalizeLabel(spec.header.en)));
  const da = new Set(KNOWN_COLUMNS.map((spec) => normalizeLabel(spec.header.da)));
  return { en: new Set([...en].filter((text) => !da.has(text))), da: new Set([...da].filter((text) => !en.has(text))) };
})();

/** The language the header row is written in, by its headers; undefined when they do not tell. */
export function headerLanguage(row: readonly unknown[]): Lang | undefined {
  let en = 0;
  let da = 0;
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const label = normalizeLabel(cell);
    if (ONLY_IN.en.has(label)) en++;
    else if (ONLY_IN.da.has(label)) da++;
  }
  return en === da ? undefined : en > da ? 'en' : 'da';
}

/** The mark a language groups thousands with: Danish "1.200", English "1,200". */
const GROUPING: Record<Lang, string> = { en: ',', da: '.' };

/**
 * A cell's number. Numbers pass (when finite); text is read the way people type numbers in
 * English and Danish: spaces between digit groups are dropped; when both `.` and `,` occur the
 * last one is the decimal mark; a repeated one groups thousands ("1.234.567"). A single mark is
 * the decimal mark ("0,7" is 0.7) unless the sheet's language groups thousands with it and three
 * digits follow ("1.200" in a Danish sheet is 1200, "1,200" in an English one). A trailing `%`
 * divides by 100, as a sheet stores "70 %". Anything else is null.
 */
export function parseNumber(value: unknown, lang?: Lang): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length > 100) return null;
  let text = value.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (!/^[+-]?(\d+([.,]\d+)*|[.,]\d+)$/.test(text)) return null;
  const number = Number(withDotDecimal(text, lang));
  if (!Number.isFinite(number)) return null;
  return percent ? number / 100 : number;
}

function withDotDecimal(text: string, lang: Lang | undefined): string {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    return text.split(grouping).join('').replace(decimal, '.');
  }
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (mark === undefined) return text;
  const parts = text.split(mark);
  if (parts.length > 2) return parts.join('');
  const groupsThousands = lang !== undefined && GROUPING[lang] === mark && /^[+-]?[1-9]\d{0,2}$/.test(parts[0]) && parts[1].length === 3;
  return parts.join(groupsThousands ? '' : '.');
}

/** The contract's reading of an influence or weight: at most 1 is a fraction, above 1 a percentage. */
export function toFraction(value: number | null): number | null {
  if (value === null) return null;
  return value > 1 ? value / 100 : value;
}

/** A target typed as a change ("+20%", "+5") rather than the level to reach. */
export function isWrittenAsChange(text: string): boolean {
  return /^\+\s*\d/.test(text.trim());
}

import { COLUMNS } from './agreement/columns';
import { cellText, localDay } from './agreement/normalize';
import { findTable, toGrid } from './agreement/table';
import type { Lang, Localized } from './i18n/lang';
import { FORMATS, FORMAT_BY_CONTENT } from './templates/grid';
import type { AppendLog } from './workbook';

/**
 * The guide's versioning of KPI agreements: each saved version appends the table's rows, stamped
 * with when and why, to one append-only history sheet, so earlier targets stay on record.
 */
export const HISTORY_SHEET_NAME: Localized = { en: 'Agreement history', da: 'Aftalehistorik' };

const STAMP_HEADERS: readonly Localized[] = [
  { en: 'Saved', da: 'Gemt' },
  { en: 'Reason', da: 'Årsag' },
  { en: 'Sheet', da: 'Ark' },
];

export type HistoryCell = string | number | boolean;

export function historyHeader(lang: Lang): string[] {
  return [...STAMP_HEADERS, ...COLUMNS.map((column) => column.header)].map((text) => text[lang]);
}

/** One number format per history column, so saved deadlines and influences read as they did. */
export function historyNumberFormats(): string[] {
  return [...STAMP_HEADERS.map(() => FORMATS.general), ...COLUMNS.map((column) => FORMAT_BY_CONTENT[column.content] ?? FORMATS.general)];
}

export const HISTORY_LOG: AppendLog = { sheetName: HISTORY_SHEET_NAME, header: historyHeader, numberFormats: historyNumberFormats };

export interface VersionMeta {
  readonly savedAt: Date;
  /**
   * The saved time as text in the workbook's time zone, where the host knows that zone (Sheets);
   * `formatStamp(savedAt)`, the user's local time, otherwise.
   */
  readonly stamp?: string;
  readonly reason: string;
  readonly sheetName: string;
}

export type HistoryRecord = { ok: true; rows: HistoryCell[][] } | { ok: false; message: string };

const ON_HISTORY: Localized = {
  en: 'This is the history sheet. Open the sheet with the KPI agreement to save a version of it.',
  da: 'Dette er historikarket. Åbn arket med KPI-aftalen for at gemme en version af den.',
};

/** Whether a sheet is the history sheet, named in either language (names compare case-insensitively). */
export function isHistorySheet(sheetName: string): boolean {
  return Object.values(HISTORY_SHEET_NAME).some((name) => name.toLowerCase() === sheetName.trim().toLowerCase());
}

/** Every host asks for the reason, as the pane does: a version without one says nothing about why targets moved. */
export const REASON_MISSING: Localized = {
  en: 'Write a reason before saving a version.',
  da: 'Skriv en årsag, før du gemmer en version.',
};

const NO_TABLE: Localized = {
  en: 'There is no KPI agreement table on this sheet to save.',
  da: 'Der er ingen KPI-aftaletabel på dette ark at gemme.',
};

/** `2026-11-29 14:05` in the user's local time: readable and sortable as text in any locale. */
export function formatStamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${localDay(date)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function historyCell(value: unknown): HistoryCell {
  return typeof value === 'number' || typeof value === 'boolean' ? value : cellText(value);
}

/** The rows a saved version appends: one per KPI, in the history sheet's column order. */
export function historyRecord(grid: unknown, meta: VersionMeta, lang: Lang): HistoryRecord {
  // The history sheet holds a table with the agreement's headers: saving it would copy it into itself.
  if (isHistorySheet(meta.sheetName)) return { ok: false, message: ON_HISTORY[lang] };
  if (meta.reason.trim() === '') return { ok: false, message: REASON_MISSING[lang] };
  const rows = toGrid(grid);
  const table = findTable(rows);
  if (!table || table.rows.length === 0) return { ok: false, message: NO_TABLE[lang] };
  const stamp = [meta.stamp ?? formatStamp(meta.savedAt), meta.reason.trim(), meta.sheetName];
  return {
    ok: true,
    rows: table.rows.map(({ row }) => [
      ...stamp,
      ...COLUMNS.map((column) => {
        const index = table.columns[column.key];
        return index === undefined ? '' : historyCell(rows[row][index]);
      }),
    ]),
  };
}

import { findTable, toGrid } from '../agreement/table';
import { readReview } from '../agreement/review';
import { cellText, kpiNameKey } from '../agreement/normalize';
import type { KpiRow } from '../agreement/schema';
import { HISTORY_SHEET_NAME } from '../history';
import type { Lang, Localized } from '../i18n/lang';
import { FORMATS } from '../templates/grid';
import { trackedReviewRows } from '../tracking/plan';
import { blockOf, valueAt, type TrackingSheetRead } from '../tracking/read';
import type { AppendLog } from '../workbook';
import { isoDay, readDay, type Day } from './days';
import { agreementPeriod, middleOf, type Period } from './period';

/**
 * Check-ins through the year, as the guide's meeting rhythm has them: each one appends a row per KPI
 * to one append-only sheet, with the numbers as they stood, the status, the pace, the KPI's if-then
 * trigger, a comment and the decision taken. Earlier check-ins are never rewritten.
 */
export const CHECKIN_SHEET_NAME: Localized = { en: 'Check-ins', da: 'Opfølgningsmøder' };

export type CheckInCell = string | number;

interface LogColumn {
  readonly header: Localized;
  readonly format: string;
}

const LOG_COLUMNS = {
  date: { header: { en: 'Date', da: 'Dato' }, format: FORMATS.date },
  kind: { header: { en: 'Meeting', da: 'Møde' }, format: FORMATS.general },
  kpi: { header: { en: 'KPI', da: 'KPI' }, format: FORMATS.general },
  actual: { header: { en: 'Actual', da: 'Faktisk' }, format: FORMATS.number },
  target: { header: { en: 'Target', da: 'Mål' }, format: FORMATS.number },
  status: { header: { en: 'Status', da: 'Status' }, format: FORMATS.general },
  pace: { header: { en: 'Pace', da: 'Tempo' }, format: FORMATS.percent },
  trigger: { header: { en: 'Revisit if', da: 'Revurderes hvis' }, format: FORMATS.general },
  comment: { header: { en: 'Comment', da: 'Kommentar' }, format: FORMATS.general },
  decision: { header: { en: 'Decision', da: 'Beslutning' }, format: FORMATS.general },
  sheet: { header: { en: 'Review sheet', da: 'Samtaleark' }, format: FORMATS.general },
} satisfies Record<string, LogColumn>;

type LogColumnKey = keyof typeof LOG_COLUMNS;
const LOG_ORDER = Object.keys(LOG_COLUMNS) as LogColumnKey[];
const logIndex = (key: LogColumnKey): number => LOG_ORDER.indexOf(key);

export const CHECKIN_LOG: AppendLog = {
  sheetName: CHECKIN_SHEET_NAME,
  header: (lang) => LOG_ORDER.map((key) => LOG_COLUMNS[key].header[lang]),
  numberFormats: () => LOG_ORDER.map((key) => LOG_COLUMNS[key].format),
};

/** What a check-in is, in the log's Meeting column. */
export const MEETING_KINDS = {
  checkIn: { en: 'Check-in', da: 'Opfølgning' },
  sanityCheck: { en: 'Mid-year sanity check', da: 'Midtvejstjek' },
} satisfies Record<string, Localized>;

/** The guide's mid-year sanity check: are the KPIs still relevant and realistic, given what changed? */
export const SANITY_QUESTIONS: readonly Localized[] = [
  { en: 'Is each KPI still relevant to the strategy and the role?', da: 'Er hver KPI stadig relevant for strategien og rollen?' },
  { en: 'Is each target still realistic, given the numbers so far?', da: 'Er hvert mål stadig realistisk ud fra tallene indtil nu?' },
  { en: 'Has a trigger fired, or have scope, resources or the market changed?', da: 'Er en trigger udløst, eller har scope, ressourcer eller markedet ændret sig?' },
  { en: 'Date and explain every adjustment, and save a new version of the agreement.', da: 'Datér og begrund hver justering, og gem en ny version af aftalen.' },
];

/** One KPI as the check-in shows it: the numbers beside its trigger. */
export interface CheckInKpi {
  readonly kpi: string;
  readonly actual: number | null;
  readonly target: number | null;
  readonly status: string;
  readonly pace: number | null;
  readonly trigger: string;
}

/** The guide's mid-year sanity check, once the period's middle has passed. */
export interface SanityCheck {
  /** The period's middle day, ISO. */
  readonly from: string;
  /** The day of a sanity check already in the log for this sheet since then, ISO. */
  readonly done?: string;
}

/** What the pane shows before a check-in: the numbers of each KPI, and whether the sanity check is due. */
export interface CheckInDraft {
  readonly sheetName: string;
  /** Today, ISO. */
  readonly day: string;
  readonly kpis: readonly CheckInKpi[];
  /** Present from the middle of the period to its end. */
  readonly sanityCheck?: SanityCheck;
}

/** What the user wrote: a comment per KPI (by name), the decision, and whether this is the sanity check. */
export interface CheckInEntry {
  readonly comments: readonly { readonly kpi: string; readonly comment: string }[];
  readonly decision: string;
  readonly sanityCheck: boolean;
}

export interface CheckInContext {
  readonly sheetName: string;
  readonly today: Day;
  /** The check-in sheet's values, when there is one: it tells whether the sanity check was held. */
  readonly log?: unknown;
  /** The tracking sheets as read, when there are any: each KPI's pace is its block's latest. */
  readonly tracking?: readonly TrackingSheetRead[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const REFUSALS = {
  onLog: {
    en: 'This is a log sheet. Open the review sheet with the KPI agreement to check in.',
    da: 'Dette er et logark. Åbn samtalearket med KPI-aftalen for at holde en opfølgning.',
  },
  noKpis: {
    en: 'There are no KPIs in an agreement table on this sheet to check in on.',
    da: 'Der er ingen KPI’er i en aftaletabel på dette ark at følge op på.',
  },
} satisfies Record<string, Localized>;

const LOG_NAMES = [CHECKIN_SHEET_NAME, HISTORY_SHEET_NAME].flatMap((name) => Object.values(name).map((text) => text.toLowerCase()));

/** The agreement's KPIs with a name, and the review's period, or why there is nothing to check in on. */
function readCheckIn(grid: unknown, sheetName: string, lang: Lang): Checked<{ rows: KpiRow[]; period?: Period }> {
  if (LOG_NAMES.includes(sheetName.trim().toLowerCase())) return { ok: false, message: REFUSALS.onLog[lang] };
  const rows = toGrid(grid);
  const table = findTable(rows, lang);
  const named = table?.rows.filter((row) => row.kpi.text !== '') ?? [];
  if (!table || named.length === 0) return { ok: false, message: REFUSALS.noKpis[lang] };
  const { header } = readReview(rows, table);
  const reviewDate = header.reviewDate ? readDay(rows[header.reviewDate.row][header.reviewDate.column]) : undefined;
  const period = agreementPeriod(header.period ? rows[header.period.row][header.period.column] : undefined, reviewDate);
  return { ok: true, value: { rows: named, ...(period ? { period } : {}) } };
}

/**
 * The tracking sheets to look a KPI's block up in: those whose blocks link to this review first, so
 * a KPI of the same name tracked for another review (on its own sheet) is found only after this one's.
 */
function trackingFor(context: CheckInContext): readonly TrackingSheetRead[] {
  const sheets = context.tracking ?? [];
  const linked = (sheet: TrackingSheetRead): boolean =>
    sheet.formulas !== undefined && trackedReviewRows({ ...sheet, formulas: sheet.formulas }, context.sheetName).length > 0;
  return [...sheets.filter(linked), ...sheets.filter((sheet) => !linked(sheet))];
}

/** The latest pace on the KPI's tracking block; null without a block or a number there (a quality KPI has none). */
function paceOf(kpi: string, tracking: readonly TrackingSheetRead[]): number | null {
  const found = blockOf(tracking, kpi);
  const pace = found && valueAt(found.sheet, found.block.summary.latestPace);
  return typeof pace === 'number' && Number.isFinite(pace) ? pace : null;
}

function checkInKpi(row: KpiRow, tracking: readonly TrackingSheetRead[]): CheckInKpi {
  return {
    kpi: row.kpi.text,
    actual: row.actual?.value ?? null,
    target: row.target?.value ?? null,
    status: row.status?.text ?? '',
    pace: paceOf(row.kpi.text, tracking),
    trigger: row.trigger?.text ?? '',
  };
}

/** The numbers to show before checking in on the agreement on `grid`, today. */
export function checkInDraft(grid: unknown, context: CheckInContext, lang: Lang): Checked<CheckInDraft> {
  const read = readCheckIn(grid, context.sheetName, lang);
  if (!read.ok) return read;
  const { rows, period } = read.value;
  const sanityCheck = period && sanityCheckOf(period, context);
  const tracking = trackingFor(context);
  return {
    ok: true,
    value: {
      sheetName: context.sheetName,
      day: isoDay(context.today),
      kpis: rows.map((row) => checkInKpi(row, tracking)),
      ...(sanityCheck ? { sanityCheck } : {}),
    },
  };
}

/** Due from the period's middle to its end; `done` names a sanity check the log holds since the middle. */
function sanityCheckOf(period: Period, context: CheckInContext): SanityCheck | undefined {
  const middle = middleOf(period);
  if (context.today < middle || context.today > period.end) return undefined;
  const kinds = Object.values(MEETING_KINDS.sanityCheck).map((text) => text.toLowerCase());
  const held = toGrid(context.log ?? [])
    .filter((row) => kinds.includes(cellText(row[logIndex('kind')]).toLowerCase()) && cellText(row[logIndex('sheet')]) === context.sheetName)
    .map((row) => readDay(row[logIndex('date')]))
    .filter((day): day is Day => day !== undefined && day >= middle && day <= period.end);
  const done = held.length > 0 ? Math.max(...held) : undefined;
  return { from: isoDay(middle), ...(done === undefined ? {} : { done: isoDay(done) }) };
}

/**
 * The rows a check-in appends, one per KPI in the agreement's order, in the log's column order. A
 * comment goes to the KPI it was written for, by name, so a row added to the agreement meanwhile
 * gets none rather than its neighbour's.
 */
export function checkInRecord(grid: unknown, entry: CheckInEntry, context: CheckInContext, lang: Lang): Checked<CheckInCell[][]> {
  const read = readCheckIn(grid, context.sheetName, lang);
  if (!read.ok) return read;
  const comments = new Map<string, string[]>();
  for (const { kpi, comment } of entry.comments) {
    const key = kpiNameKey(kpi);
    comments.set(key, [...(comments.get(key) ?? []), comment.trim()]);
  }
  const kind = (entry.sanityCheck ? MEETING_KINDS.sanityCheck : MEETING_KINDS.checkIn)[lang];
  const tracking = trackingFor(context);
  const rows = read.value.rows.map((row) => {
    const kpi = checkInKpi(row, tracking);
    const cells: Record<LogColumnKey, CheckInCell> = {
      date: context.today,
      kind,
      kpi: kpi.kpi,
      actual: kpi.actual ?? '',
      target: kpi.target ?? '',
      status: kpi.status,
      pace: kpi.pace ?? '',
      trigger: kpi.trigger,
      // Two KPIs of one name (the validator warns) each take the next comment written for it.
      comment: comments.get(kpiNameKey(row.kpi.text))?.shift() ?? '',
      decision: entry.decision.trim(),
      sheet: context.sheetName,
    };
    return LOG_ORDER.map((key) => cells[key]);
  });
  return { ok: true, value: rows };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A check-in as it arrives from a pane (over `google.script.run`, from the browser): only its
 * strings and its flag are taken, anything else reads as empty, so a malformed call records blanks
 * rather than failing or writing objects into cells.
 */
export function readCheckInEntry(value: unknown): CheckInEntry {
  const entry = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const comments = Array.isArray(entry.comments) ? entry.comments : [];
  return {
    comments: comments
      .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
      .map((item) => ({ kpi: text(item.kpi), comment: text(item.comment) })),
    decision: text(entry.decision),
    sanityCheck: entry.sanityCheck === true,
  };
}

import type { Agreement } from '../agreement/schema';
import { kpiNameKey } from '../agreement/normalize';
import type { Lang, Localized } from '../i18n/lang';
import { cellAddress, isNumberedName, uniqueSheetName } from '../workbook';
import {
  FIRST_MONTH_CELL, FIRST_MONTH_LABEL, TRACKING_SHEET_NAME, agreementPeriod, appendedBlocks, sheetRef, trackedKpis, trackingLayout,
  type CellRef, type TrackedKpi, type TrackingBlock, type TrackingLayout, type TrackingOptions, type TrackingSummary,
} from './layout';
import { shiftMonth, type YearMonth } from './months';
import { findTrackingBlocks, type FoundBlock } from './read';

/**
 * "Track this agreement": what to write, from the agreement on the review sheet and the tracking
 * sheets already there. A KPI that has a block keeps it untouched (its typed actuals above all);
 * KPIs without one get blocks below the last row in use. Hosts write `layout.spec` at
 * `layout.startRow` and the review links, then show `message`.
 *
 * The sheet is the one whose blocks link this review; else a tracking sheet linked to no review
 * (the blank template, filled in by hand or not), so inserting the template first never leads to a
 * second tracking sheet. Its blocks stay as typed: one named as a KPI counts as that KPI's block,
 * and the sheet's first month stays the one the blocks count from.
 */

/** A tracking sheet as a host read it: its used range's formulas (values where no formula), from `origin`. */
export interface ExistingSheet {
  readonly sheetName: string;
  readonly formulas: readonly (readonly unknown[])[];
  readonly origin?: CellRef;
}

/** A review cell that from now on reads the tracking sheet; `formula` names KPI functions as `{RAG}`. */
export interface ReviewLink {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export interface TrackingPlan {
  readonly ok: true;
  /** True when `layout.sheetName` is a new sheet; false when blocks go below existing ones. */
  readonly create: boolean;
  readonly layout: TrackingLayout;
  readonly added: readonly TrackingBlock[];
  /** KPIs whose block was already there. */
  readonly kept: number;
  readonly reviewLinks: readonly ReviewLink[];
  readonly message: Localized;
}

export interface TrackingRefusal {
  readonly ok: false;
  readonly message: Localized;
}

/** The sheets a host reads before planning: a tracking sheet's name in either language, numbered or not. */
export function isTrackingSheetName(name: string): boolean {
  return isNumberedName(name, TRACKING_SHEET_NAME);
}

/** `=T('KPI Review'!B12)` (see nameLink): the name cell of a block, pointing at a review row. */
const NAME_LINK = /^=T\((?:'((?:[^']|'')+)'|([^'!()]+))!\$?([A-Z]{1,3})\$?(\d+)\)$/i;

/** The review sheet and row (0-based) a block's name formula links to; undefined for any other cell. */
export function reviewLinkOf(cell: unknown): { readonly sheetName: string; readonly row: number } | undefined {
  const match = NAME_LINK.exec(String(cell ?? ''));
  if (!match) return undefined;
  return { sheetName: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], row: Number(match[4]) - 1 };
}

/** Whether this layout wrote the sheet (its first month's label stands left of the cell) and none of its blocks links a review. */
function isUnlinkedTracking(sheet: ExistingSheet): boolean {
  const origin = sheet.origin ?? { row: 0, column: 0 };
  const label = sheet.formulas[FIRST_MONTH_CELL.row - origin.row]?.[FIRST_MONTH_CELL.column - 1 - origin.column];
  return Object.values(FIRST_MONTH_LABEL).includes(String(label ?? '')) && sheet.formulas.every((row) => reviewLinkOf(row[0]) === undefined);
}

/** The sheet's blocks whose name is typed (not linked), by the name as the validator compares names. */
function typedBlocks(sheet: ExistingSheet): Map<string, FoundBlock> {
  const blocks = findTrackingBlocks({ sheetName: sheet.sheetName, values: sheet.formulas, origin: sheet.origin });
  return new Map(blocks.filter((block) => !block.name.startsWith('=')).map((block) => [kpiNameKey(block.name), block]));
}

/** The review rows (0-based) that blocks of this sheet track for `reviewSheetName`. */
export function trackedReviewRows(sheet: ExistingSheet, reviewSheetName: string): number[] {
  const origin = sheet.origin ?? { row: 0, column: 0 };
  if (origin.column !== 0) return [];
  return sheet.formulas.map((row) => reviewLinkOf(row[0])).filter((link) => link?.sheetName === reviewSheetName).map((link) => link!.row);
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
};
const monthText = (at: YearMonth, lang: Lang): string => `${MONTHS[lang][at.month - 1]} ${at.year}`;

const blocksText: Record<Lang, (n: number) => string> = {
  en: (n) => `${n} KPI ${n === 1 ? 'block' : 'blocks'}`,
  da: (n) => `${n} ${n === 1 ? 'KPI-blok' : 'KPI-blokke'}`,
};
const kpisText: Record<Lang, (n: number) => string> = {
  en: (n) => `${n} ${n === 1 ? 'KPI' : 'KPIs'}`,
  da: (n) => `${n} ${n === 1 ? 'KPI' : 'KPI’er'}`,
};
const quoted: Record<Lang, (text: string) => string> = { en: (t) => `“${t}”`, da: (t) => `»${t}«` };
const localized = (make: (lang: Lang) => string): Localized => ({ en: make('en'), da: make('da') });

export const TRACKING_MESSAGES = {
  noTable: {
    en: 'This sheet has no KPI agreement to track: open the review sheet with the KPI table and try again.',
    da: 'Arket har ingen KPI-aftale at følge op på: åbn samtalearket med KPI-tabellen, og prøv igen.',
  },
  noKpis: {
    en: 'The KPI table has no named KPI to track yet: write the KPIs’ names first.',
    da: 'KPI-tabellen har endnu ingen navngivne KPI’er at følge op på: skriv KPI’ernes navne først.',
  },
  onTracking: {
    en: 'This is a tracking sheet: open the review sheet whose agreement it should follow.',
    da: 'Dette er et opfølgningsark: åbn det samtaleark, hvis aftale det skal følge.',
  },
} satisfies Record<string, Localized>;

/** What "Track this agreement" does for the agreement read from `reviewSheetName`. */
export function planTracking(agreement: Agreement, options: TrackingOptions, existing: readonly ExistingSheet[] = []): TrackingPlan | TrackingRefusal {
  if (isTrackingSheetName(options.reviewSheetName)) return { ok: false, message: TRACKING_MESSAGES.onTracking };
  if (!agreement.table) return { ok: false, message: TRACKING_MESSAGES.noTable };
  const kpis = trackedKpis(agreement, options);
  if (kpis.length === 0) return { ok: false, message: TRACKING_MESSAGES.noKpis };
  const period = agreementPeriod(agreement, options.today);

  const current = existing.find((sheet) => trackedReviewRows(sheet, options.reviewSheetName).length > 0) ?? existing.find(isUnlinkedTracking);
  if (!current) {
    const sheetName = uniqueSheetName(options.sheetName ?? TRACKING_SHEET_NAME[options.lang], existing.map((sheet) => sheet.sheetName));
    const layout = trackingLayout(kpis, period, { ...options, sheetName });
    const last = shiftMonth(period.first, period.months - 1);
    const message = localized((lang) => [
      lang === 'en'
        ? `Created ${quoted.en(sheetName)} with ${blocksText.en(kpis.length)}, ${monthText(period.first, 'en')} to ${monthText(last, 'en')}; the review’s Actual and Baseline now come from it.`
        : `Oprettede ${quoted.da(sheetName)} med ${blocksText.da(kpis.length)}, ${monthText(period.first, 'da')} til ${monthText(last, 'da')}; samtalearkets Faktisk og Baseline hentes nu derfra.`,
      ...(period.fromAgreement ? [] : [lang === 'en'
        ? 'The review’s Period names no months this reads, so tracking follows the next 12 months: change the first month on the sheet if needed.'
        : 'Samtalearkets Periode angiver ingen måneder, der kan læses, så opfølgningen følger de næste 12 måneder: ret den første måned på arket, hvis det er nødvendigt.']),
    ].join(' '));
    return { ok: true, create: true, layout, added: layout.blocks, kept: 0, reviewLinks: reviewLinks(agreement, options, sheetName, layout.blocks), message };
  }

  const tracked = new Set(trackedReviewRows(current, options.reviewSheetName));
  const typed = typedBlocks(current);
  const fresh = kpis.filter((kpi) => !tracked.has(kpi.reviewRow) && !typed.has(kpiNameKey(kpi.name)));
  const kept = kpis.length - fresh.length;
  // Taking a sheet over, the review reads the blocks typed with its KPIs' names through links too:
  // a review Excel inserted before the sheet was there has no lookup by name.
  const named = tracked.size > 0 ? [] : kpis.flatMap((kpi) => {
    const block = typed.get(kpiNameKey(kpi.name));
    return block ? [{ reviewRow: kpi.reviewRow, summary: block.summary }] : [];
  });
  const startRow = (current.origin?.row ?? 0) + current.formulas.length;
  const layout = appendedBlocks(fresh, period, startRow, { ...options, sheetName: current.sheetName });
  const links = reviewLinks(agreement, options, current.sheetName, [...named, ...layout.blocks]);
  const message = appendedMessage(current.sheetName, fresh, kept, named.length > 0);
  return { ok: true, create: false, layout, added: layout.blocks, kept, reviewLinks: links, message };
}

/** What adding `fresh` blocks to a sheet did; `named` when the review now reads blocks named by the user. */
function appendedMessage(sheetName: string, fresh: readonly TrackedKpi[], kept: number, named: boolean): Localized {
  const sheet = (lang: Lang) => quoted[lang](sheetName);
  if (fresh.length === 0 && named) {
    return localized((lang) => lang === 'en'
      ? `All ${kpisText.en(kept)} have a block named so in ${sheet('en')}; the review’s Actual and Baseline now come from them.`
      : `Alle ${kpisText.da(kept)} har en blok med deres navn i ${sheet('da')}; samtalearkets Faktisk og Baseline hentes nu derfra.`);
  }
  if (fresh.length === 0) {
    return localized((lang) => lang === 'en'
      ? `All ${kpisText.en(kept)} already have a block in ${sheet('en')}; nothing was changed.`
      : `Alle ${kpisText.da(kept)} har allerede en blok i ${sheet('da')}; intet er ændret.`);
  }
  if (kept === 0) {
    return localized((lang) => lang === 'en'
      ? `Added ${blocksText.en(fresh.length)} to ${sheet('en')} (${names(fresh, 'en')}) below its blocks; the review’s Actual and Baseline now come from them.`
      : `Tilføjede ${blocksText.da(fresh.length)} i ${sheet('da')} (${names(fresh, 'da')}) under arkets blokke; samtalearkets Faktisk og Baseline hentes nu derfra.`);
  }
  return localized((lang) => lang === 'en'
    ? `Added ${blocksText.en(fresh.length)} to ${sheet('en')} (${names(fresh, 'en')}); the ${kpisText.en(kept)} already tracked kept their blocks and actuals.`
    : `Tilføjede ${blocksText.da(fresh.length)} i ${sheet('da')} (${names(fresh, 'da')}); de ${kpisText.da(kept)}, der allerede følges op på, beholdt deres blokke og faktiske tal.`);
}

const names = (kpis: readonly TrackedKpi[], lang: Lang): string => kpis.map((kpi) => quoted[lang](kpi.name)).join(', ');

/**
 * The review's Actual and Baseline of each block it links, as formulas over its summary: the latest
 * month's actual and the baseline months' KPI.BASELINE. A number typed there before stays as the
 * formula's fallback until the tracking sheet has months to compute from, so nothing typed is lost.
 */
function reviewLinks(
  agreement: Agreement, options: TrackingOptions, sheetName: string,
  blocks: readonly { readonly reviewRow?: number; readonly summary: TrackingSummary }[],
): ReviewLink[] {
  const table = agreement.table;
  if (!table) return [];
  const origin = options.origin ?? { row: 0, column: 0 };
  const tracking = sheetRef(sheetName);
  const links: ReviewLink[] = [];
  for (const block of blocks) {
    const row = table.rows.find((candidate) => origin.row + candidate.row === block.reviewRow);
    if (!row) continue;
    for (const [key, cell] of [['actual', block.summary.latestActual], ['baseline', block.summary.baseline]] as const) {
      const column = table.columns[key];
      if (column === undefined) continue;
      const source = `${tracking}${cellAddress(cell.row, cell.column)}`;
      const typed = row[key]?.value;
      const fallback = typed === null || typed === undefined ? '""' : String(typed);
      links.push({ row: origin.row + row.row, column: origin.column + column, formula: `=IF(${source}="",${fallback},${source})` });
    }
  }
  return links;
}

import type { Lang } from '../../shared/i18n/lang';
import { kpiRow, reviewSheet, type KpiEntry } from '../../shared/templates/review';
import { renderFormula } from '../../shared/templates/formula';
import { readAgreement } from '../../shared/validator';
import { planTracking, type ExistingSheet, type TrackingPlan } from '../../shared/tracking/plan';
import type { TrackingOptions } from '../../shared/tracking/layout';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { formulasOf, trackAgreement, trackingReads } from '../../playground/track';
import { blockOf, findTrackingBlocks, valueAt, type TrackingSheetRead } from '../../shared/tracking/read';

/** A quantity KPI (year to date adds up) and a quality one (it averages). */
export const KPIS: readonly KpiEntry[] = [
  { kpi: { en: 'Resolved cases', da: 'Løste sager' }, kind: 'quantity', direction: 'higher', target: 200, baseline: 170 },
  { kpi: { en: 'First reply (hours)', da: 'Første svar (timer)' }, kind: 'quality', direction: 'lower', target: 4 },
];

export const TODAY = { year: 2026, month: 11 };

/** A playground workbook holding a review of these KPIs, and what tracking options it gives. */
export function reviewBook(lang: Lang, kpis: readonly KpiEntry[] = KPIS, period = '2027') {
  const spec = reviewSheet(lang, { header: { period }, kpis: kpis.map((entry) => kpiRow(entry, lang)) });
  const book = PlaygroundWorkbook.withSheets([spec]);
  const options: TrackingOptions = { lang, reviewSheetName: spec.sheetName, today: TODAY };
  return { book, review: spec.sheetName, options, agreement: () => readAgreement(book.values(spec.sheetName)) };
}

/** The formulas of a playground sheet where it has them, else its values: what hosts hand planTracking. */
export function existingSheet(book: PlaygroundWorkbook, name: string): ExistingSheet {
  return { sheetName: name, formulas: formulasOf(book, name) };
}

/** Does what a host does with a plan: writes the layout's rows at its start row and the review links. */
export function applyPlan(book: PlaygroundWorkbook, review: string, plan: TrackingPlan): void {
  const { layout } = plan;
  if (plan.create) book.addTemplate(layout.spec);
  else book.writeTemplateAt(layout.sheetName, layout.spec, layout.startRow);
  book.setCells(review, plan.reviewLinks.map((link) => ({ ...link, content: renderFormula(link.formula, 'excel') })));
}

/** Actuals typed into the first months of every block by `reportedBook`. */
export const REPORTED = [150, 160, 170];

/**
 * A review of `kpis` tracked in the playground with the first months of every block reported, and
 * calculated: what a host's tracking sheet shows by a check-in. The review is the active sheet.
 * `read` is the tracking sheet as a host reads it; `paceOf` the latest pace its block of a KPI shows.
 */
export function reportedBook(lang: Lang, kpis: readonly KpiEntry[] = KPIS) {
  const made = reviewBook(lang, kpis);
  const { book } = made;
  const { sheetName: tracking } = trackAgreement(book, lang, TODAY);
  const read = (): TrackingSheetRead => trackingReads(book).find((sheet) => sheet.sheetName === tracking)!;
  book.setCells(tracking, findTrackingBlocks(read()).flatMap((block) => REPORTED.map((actual, month) => (
    { row: block.periodFirstRow + month, column: block.columns.actual, content: String(actual) }))));
  book.activate(made.review);
  const paceOf = (kpi: string): unknown => {
    const found = blockOf([read()], kpi);
    return found && valueAt(found.sheet, found.block.summary.latestPace);
  };
  return { ...made, tracking, read, paceOf };
}

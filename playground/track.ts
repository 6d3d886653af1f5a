import type { Lang } from '../shared/i18n/lang';
import { renderFormula } from '../shared/templates/formula';
import { planFromRead, trackingSheetsOf, type TrackResult } from '../shared/tracking/run';
import type { YearMonth } from '../shared/tracking/months';
import type { TrackingSheetRead } from '../shared/tracking/read';
import type { PlaygroundWorkbook } from './workbook';

/** A sheet's formulas where it has them, else its values: how a second run finds the blocks already there. */
export function formulasOf(workbook: PlaygroundWorkbook, name: string): unknown[][] {
  const { rows, columns } = workbook.size(name);
  return Array.from({ length: rows }, (_, row) => Array.from({ length: columns }, (_, column) =>
    workbook.formula(name, { row, column }) ?? workbook.value(name, { row, column })));
}

/** The tracking sheets as the dashboard and check-ins read them: values, and formulas telling which review each sheet tracks. */
export function trackingReads(workbook: PlaygroundWorkbook): TrackingSheetRead[] {
  return trackingSheetsOf(workbook.sheetNames()).map((sheetName) => ({ sheetName, values: workbook.values(sheetName), formulas: formulasOf(workbook, sheetName) }));
}

/** "Track this agreement" on the playground's active sheet: new blocks and the review's links, then the tracking sheet shown. */
export function trackAgreement(workbook: PlaygroundWorkbook, lang: Lang, today: YearMonth): TrackResult {
  const review = workbook.activeSheet;
  const existing = trackingSheetsOf(workbook.sheetNames()).map((sheetName) => ({ sheetName, formulas: formulasOf(workbook, sheetName) }));
  const plan = planFromRead({ sheetName: review, values: workbook.values(review), origin: { row: 0, column: 0 } }, existing, lang, today);
  const { layout } = plan;
  const sheetName = plan.create ? workbook.addTemplate(layout.spec) : layout.sheetName;
  if (!plan.create) workbook.writeTemplateAt(sheetName, layout.spec, layout.startRow);
  workbook.setCells(review, plan.reviewLinks.map((link) => ({ row: link.row, column: link.column, content: renderFormula(link.formula, 'excel') })));
  workbook.activate(sheetName);
  return { sheetName, message: plan.message[lang] };
}

/// <reference types="office-js" />
import type { Lang } from '../../shared/i18n/lang';
import { renderFormula } from '../../shared/templates/formula';
import { planFromRead, trackingSheetsOf, type TrackResult } from '../../shared/tracking/run';
import type { YearMonth } from '../../shared/tracking/months';
import { cellAddress } from '../../shared/workbook';
import { queueActiveSheetRead } from './read';
import { writeTemplate } from './write-template';

/**
 * "Track this agreement" on the active review sheet. Three syncs however many KPIs: one reads the
 * review and the sheet names, one the tracking sheets' formulas (a block's name formula is how a
 * second run knows its KPI), one writes the new blocks and the review's links.
 */
export async function trackAgreement(context: Excel.RequestContext, lang: Lang, today: YearMonth): Promise<TrackResult> {
  const read = queueActiveSheetRead(context);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const review = read();
  const reads = trackingSheetsOf(sheets.items.map((sheet) => sheet.name)).map((sheetName) => {
    const used = sheets.getItem(sheetName).getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'formulas', 'rowIndex', 'columnIndex']);
    return { sheetName, used };
  });
  await context.sync();
  const existing = reads.map(({ sheetName, used }) => (used.isNullObject
    ? { sheetName, formulas: [] }
    : { sheetName, formulas: used.formulas, origin: { row: used.rowIndex, column: used.columnIndex } }));
  const plan = planFromRead({ sheetName: review.sheetName, values: review.values, origin: review }, existing, lang, today);

  const { layout } = plan;
  const tracking = plan.create ? sheets.add(layout.sheetName) : sheets.getItem(layout.sheetName);
  writeTemplate(tracking, layout.spec, layout.startRow);
  const reviewSheet = sheets.getItem(review.sheetName);
  for (const link of plan.reviewLinks) {
    reviewSheet.getRange(cellAddress(link.row, link.column)).formulas = [[renderFormula(link.formula, 'excel')]];
  }
  tracking.activate();
  await context.sync();
  return { sheetName: layout.sheetName, message: plan.message[lang] };
}

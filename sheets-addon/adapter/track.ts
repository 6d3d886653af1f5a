import type { Lang } from '../../shared/i18n/lang';
import { renderFormula } from '../../shared/templates/formula';
import { textLiteral } from '../../shared/workbook';
import type { YearMonth } from '../../shared/tracking/months';
import { planFromRead, trackingSheetsOf, type TrackResult } from '../../shared/tracking/run';
import type { ReviewLink } from '../../shared/tracking/plan';
import { readValues } from './read';
import type { Spreadsheet, SpreadsheetService } from './types';
import { writeTemplateAt } from './write-template';

/**
 * "Track this agreement" on the active review sheet. Calls follow the number of sheets and the
 * layout's runs, not its KPIs: the tracking sheets' formulas and values in a read each (a block's
 * name formula is how a second run knows its KPI, a typed name or label how it knows the blank
 * template), the blocks in one template write, and the review's
 * links as one write per linked column.
 */
export function trackAgreement(app: SpreadsheetService, spreadsheet: Spreadsheet, lang: Lang, today: YearMonth): TrackResult {
  const review = spreadsheet.getActiveSheet();
  const reviewName = review.getName();
  const existing = trackingSheetsOf(spreadsheet.getSheets().map((sheet) => sheet.getName())).map((sheetName) => {
    const sheet = spreadsheet.getSheetByName(sheetName);
    return { sheetName, formulas: sheet && sheet.getLastRow() > 0 ? formulasOrValues(sheet.getDataRange()) : [] };
  });
  const plan = planFromRead({ sheetName: reviewName, values: readValues(review), origin: { row: 0, column: 0 } }, existing, lang, today);
  const { layout } = plan;
  const tracking = plan.create
    ? spreadsheet.insertSheet(layout.sheetName, spreadsheet.getNumSheets())
    : spreadsheet.getSheetByName(layout.sheetName);
  if (!tracking) throw new Error(`no sheet ${layout.sheetName}`);
  writeTemplateAt(app, tracking, layout.spec, layout.startRow);
  writeLinks(review, plan.reviewLinks);
  tracking.activate();
  return { sheetName: layout.sheetName, message: plan.message[lang] };
}

/** A range's formulas, and its values where it has none (getFormulas gives ""), as Excel's `formulas` reads. */
function formulasOrValues(range: GoogleAppsScript.Spreadsheet.Range): unknown[][] {
  const values = range.getValues();
  return range.getFormulas().map((row, r) => row.map((formula, c) => formula || values[r][c]));
}

/**
 * The links of each review column as one `setValues` from its first linked row to its last; a
 * row between them that gets no link is written back as it was (its formula, else its value).
 */
function writeLinks(review: GoogleAppsScript.Spreadsheet.Sheet, links: readonly ReviewLink[]): void {
  const byColumn = new Map<number, ReviewLink[]>();
  for (const link of links) byColumn.set(link.column, [...(byColumn.get(link.column) ?? []), link]);
  for (const [column, linked] of byColumn) {
    const first = Math.min(...linked.map((link) => link.row));
    const last = Math.max(...linked.map((link) => link.row));
    const range = review.getRange(first + 1, column + 1, last - first + 1, 1);
    const formulas = range.getFormulas();
    const values = range.getValues();
    const formulaAt = new Map(linked.map((link) => [link.row, renderFormula(link.formula, 'sheets')]));
    range.setValues(values.map(([value], i) => [formulaAt.get(first + i) ?? (formulas[i][0] || (typeof value === 'string' ? textLiteral(value) : value))]));
  }
}

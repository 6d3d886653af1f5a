/// <reference types="office-js" />
import type { Lang, Localized } from '../../shared/i18n/lang';
import { lineRuns, styleRuns } from '../../shared/render';
import { templateNumberFormats, templateValues, withoutMissingSheets } from '../../shared/templates/grid';
import type { CellRange, ConditionalFill, ListValidation, TemplateSpec } from '../../shared/templates/spec';
import { columnLetters, rangeAddress, uniqueSheetName } from '../../shared/workbook';
import { excelFormulas } from './cells';
import { applyStyle, pointsFromPixels } from './looks';
import { canLayOutPages, queuePrintSetup } from './print';

/** A spec's range on the sheet, for a spec written `startRow` rows down. */
const addressOf = (range: CellRange, startRow = 0): string => rangeAddress(range.row + startRow, range.column, range.rows, range.columns);

/**
 * Inserts a template into a new sheet under a name no sheet has yet, so nothing of the user's is
 * overwritten, and activates it; a formula over a sheet not there yet (the review's over tracking)
 * is left out, as Excel may take an unknown sheet for another workbook. Two syncs whatever the template's size: one reads the sheet
 * names, one writes everything.
 */
export async function insertTemplate(context: Excel.RequestContext, spec: TemplateSpec): Promise<{ sheetName: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const names = sheets.items.map((sheet) => sheet.name);
  const sheetName = uniqueSheetName(spec.sheetName, names);
  const sheet = sheets.add(sheetName);
  writeTemplate(sheet, withoutMissingSheets(spec, names));
  sheet.activate();
  await context.sync();
  return { sheetName };
}

/**
 * Queues a template's writes on a sheet, without syncing, from `startRow` down (rows added below a
 * sheet's own). Values, formulas and number formats go over the whole rectangle at once; looks take
 * one range per style rectangle, widths one per run of equal columns: the number of operations
 * follows the spec's runs and lists, not its cells.
 */
export function writeTemplate(sheet: Excel.Worksheet, spec: TemplateSpec, startRow = 0): void {
  const rows = spec.cells.length;
  if (rows > 0 && spec.columnCount > 0) {
    const whole = sheet.getRange(rangeAddress(startRow, 0, rows, spec.columnCount));
    // Formats first, so Excel does not guess a format from what is typed in.
    whole.numberFormat = templateNumberFormats(spec);
    whole.formulas = excelFormulas(templateValues(spec, 'excel'), (row, column) => spec.cells[row][column]?.formula !== undefined);
    for (const run of styleRuns(spec)) applyStyle(sheet.getRange(addressOf(run.range, startRow)), run.style);
  }
  for (const validation of spec.validations) addList(sheet.getRange(addressOf(validation.range, startRow)), validation, spec.lang);
  for (const fill of spec.conditionalFills) addConditionalFill(sheet.getRange(addressOf(fill.range, startRow)), fill);
  for (const run of lineRuns(spec.columnWidths)) {
    const columns = `${columnLetters(run.start)}:${columnLetters(run.start + run.count - 1)}`;
    sheet.getRange(columns).format.columnWidth = pointsFromPixels(run.value);
  }
  if (rows > 0) sheet.getRange(rangeAddress(startRow, 0, rows, Math.max(spec.columnCount, 1))).format.autofitRows();
  if (spec.frozenRows > 0) sheet.freezePanes.freezeRows(spec.frozenRows);
  if (spec.print && rows > 0 && canLayOutPages()) queuePrintSetup(sheet, spec.print, rangeAddress(0, 0, rows, spec.columnCount));
}

const OFF_LIST: Localized = {
  en: 'This value is not in the list. Keep it anyway?',
  da: 'Værdien står ikke på listen. Vil du beholde den alligevel?',
};

/**
 * A dropdown. A value off the list is kept after a warning, as in the Sheets add-on: someone may
 * type the other language's word, and the validator says in words what is wrong with it.
 */
function addList(range: Excel.Range, validation: ListValidation, lang: Lang): void {
  const { dataValidation } = range;
  dataValidation.rule = { list: { inCellDropDown: true, source: validation.values.join(',') } };
  dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: 'KPI Review', message: OFF_LIST[lang] };
}

/** Colours cells whose value equals the text (Excel compares text case-insensitively). */
function addConditionalFill(range: Excel.Range, fill: ConditionalFill): void {
  const format = range.conditionalFormats.add('CellValue');
  format.cellValue.format.fill.color = fill.fill;
  format.cellValue.format.font.color = fill.fontColor;
  format.cellValue.rule = { formula1: `="${fill.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
}

import { templateNumberFormats, templateStyles, templateValues } from '../../shared/templates/grid';
import type { TemplateSpec } from '../../shared/templates/spec';
import { textLiteral, uniqueSheetName } from '../../shared/workbook';
import { lineRuns } from '../../shared/render';
import { applyNumberFormats } from './formats';
import { sheetsLooks } from './looks';
import type { Sheet, Spreadsheet, SpreadsheetService } from './types';

/**
 * Writes a template into a new sheet at the end of the workbook, under a name no sheet has yet,
 * so nothing of the user's is ever overwritten. Every property goes over the whole rectangle in
 * one call: the number of calls depends on the spec's lists (dropdowns, fills, width runs), never
 * on its number of cells.
 *
 * Formulas go in with `setValues`: Sheets reads a string starting with `=` as a formula, so values
 * and formulas land in one call, where `setFormulas` would need a second pass that blanks every
 * non-formula cell it covers. Text Sheets would read as a formula, number, date or boolean is kept text by `textLiteral`.
 */
export function writeTemplate(app: SpreadsheetService, spreadsheet: Spreadsheet, spec: TemplateSpec): Sheet {
  const name = uniqueSheetName(spec.sheetName, spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const range = sheet.getRange(1, 1, spec.cells.length, spec.columnCount);

  // Formats first, so Sheets does not guess a format from the values typed in.
  applyNumberFormats(sheet, 1, 1, templateNumberFormats(spec));
  range.setValues(templateValues(spec, 'sheets').map((row, r) =>
    row.map((value, c) => (spec.cells[r][c]?.formula === undefined ? textLiteral(value) : value))));

  const looks = sheetsLooks(templateStyles(spec));
  range.setBackgrounds(looks.backgrounds);
  range.setFontColors(looks.fontColors);
  range.setFontWeights(looks.fontWeights);
  range.setFontStyles(looks.fontStyles);
  range.setFontSizes(looks.fontSizes);
  range.setWraps(looks.wraps);
  range.setDataValidations(validationGrid(app, spec));
  sheet.setConditionalFormatRules(spec.conditionalFills.map((fill) =>
    app.newConditionalFormatRule()
      .whenTextEqualTo(fill.equals)
      .setBackground(fill.fill)
      .setFontColor(fill.fontColor)
      .setRanges([sheet.getRange(fill.range.row + 1, fill.range.column + 1, fill.range.rows, fill.range.columns)])
      .build()));
  for (const run of lineRuns(spec.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.value);
  sheet.setFrozenRows(spec.frozenRows);
  return sheet;
}

/**
 * Dropdowns as one grid over the template, a rule where a list applies and `null` elsewhere. One
 * rule object per list, shared by its cells. Invalid entries are allowed with a warning: someone
 * may type the other language's word, and the validator's `invalid-value` rule says what is wrong
 * in words rather than a bare rejection.
 */
function validationGrid(app: SpreadsheetService, spec: TemplateSpec): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  const grid = spec.cells.map((row) => row.map((): GoogleAppsScript.Spreadsheet.DataValidation | null => null));
  for (const validation of spec.validations) {
    const rule = app.newDataValidation().requireValueInList([...validation.values], true).setAllowInvalid(true).build();
    const { row, column, rows, columns } = validation.range;
    for (let r = row; r < row + rows; r++) for (let c = column; c < column + columns; c++) grid[r][c] = rule;
  }
  return grid;
}

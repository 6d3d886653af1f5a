import { templateNumberFormats, templateStyles, templateValues } from '../../shared/templates/grid';
import type { ConditionalFill, TemplateSpec } from '../../shared/templates/spec';
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
  writeTemplateAt(app, sheet, spec, 0);
  return sheet;
}

/**
 * Writes a template's rows into a sheet from 0-based `startRow` down, in the same calls. Below a
 * sheet's own rows (`startRow` > 0) the sheet keeps its conditional rules, widths and frozen rows.
 */
export function writeTemplateAt(app: SpreadsheetService, sheet: Sheet, spec: TemplateSpec, startRow: number): void {
  if (spec.cells.length === 0) return;
  const missing = startRow + spec.cells.length - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  const range = sheet.getRange(startRow + 1, 1, spec.cells.length, spec.columnCount);

  // Formats first, so Sheets does not guess a format from the values typed in.
  applyNumberFormats(sheet, startRow + 1, 1, templateNumberFormats(spec));
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
  // One rule per look over all its ranges: the rules follow the fills' kinds, not the blocks.
  const byLook = new Map<string, ConditionalFill[]>();
  for (const fill of spec.conditionalFills) {
    const key = JSON.stringify([fill.equals, fill.fill, fill.fontColor]);
    byLook.set(key, [...(byLook.get(key) ?? []), fill]);
  }
  const rules = [...byLook.values()].map((fills) =>
    app.newConditionalFormatRule()
      .whenTextEqualTo(fills[0].equals)
      .setBackground(fills[0].fill)
      .setFontColor(fills[0].fontColor)
      .setRanges(fills.map((fill) => sheet.getRange(startRow + fill.range.row + 1, fill.range.column + 1, fill.range.rows, fill.range.columns)))
      .build());
  // setConditionalFormatRules replaces the sheet's rules: rows added below keep those above.
  sheet.setConditionalFormatRules(startRow > 0 ? [...sheet.getConditionalFormatRules(), ...rules] : rules);
  if (startRow > 0) return;
  for (const run of lineRuns(spec.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.value);
  sheet.setFrozenRows(spec.frozenRows);
}

/**
 * Dropdowns as one grid over the template, a rule where a list applies and `null` elsewhere. One
 * rule object per list, shared by its cells. Invalid entries are allowed with a warning: someone
 * may type the other language's word, and the validator's `invalid-value` rule says what is wrong
 * in words rather than a bare rejection.
 */
function validationGrid(app: SpreadsheetService, spec: TemplateSpec): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  const grid = spec.cells.map((row) => row.map((): GoogleAppsScript.Spreadsheet.DataValidation | null => null));
  // One rule per list of values, shared by every range it covers.
  const ruleOf = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const validation of spec.validations) {
    const key = JSON.stringify(validation.values);
    const rule = ruleOf.get(key) ?? app.newDataValidation().requireValueInList([...validation.values], true).setAllowInvalid(true).build();
    ruleOf.set(key, rule);
    const { row, column, rows, columns } = validation.range;
    for (let r = row; r < row + rows; r++) for (let c = column; c < column + columns; c++) grid[r][c] = rule;
  }
  return grid;
}

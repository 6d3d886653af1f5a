/// <reference types="office-js" />
import type { Lang } from '../../shared/i18n/lang';
import { CELL_ERRORS, cellAddress, isCellIndex } from '../../shared/workbook';

/**
 * Activates a sheet and selects one cell of it (0-based). A sheet renamed or deleted since the
 * finding was made gets the shared words, not Office's own ("ItemNotFound"): one sync to look the
 * sheet up, one to select.
 */
export async function selectCell(context: Excel.RequestContext, sheetName: string, row: number, column: number, lang: Lang): Promise<void> {
  if (!isCellIndex(row, column)) throw new Error(CELL_ERRORS.notCell(row, column)[lang]);
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load('isNullObject');
  await context.sync();
  if (sheet.isNullObject) throw new Error(CELL_ERRORS.noSheet(sheetName)[lang]);
  sheet.activate();
  sheet.getRange(cellAddress(row, column)).select();
  await context.sync();
}

/// <reference types="office-js" />
import { cellAddress } from '../../shared/workbook';

/** Activates a sheet and selects one cell of it (0-based), in one sync. */
export async function selectCell(context: Excel.RequestContext, sheetName: string, row: number, column: number): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cellAddress(row, column)).select();
  await context.sync();
}

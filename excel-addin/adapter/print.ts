/// <reference types="office-js" />
import type { PrintSetup } from '../../shared/templates/spec';

/**
 * Page layout came with ExcelApi 1.9, above the set the manifest requires (Excel 2019 stops at
 * 1.8): where Office lacks it the sheet keeps Excel's default print and the rest still works.
 */
export function canLayOutPages(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  } catch {
    return false;
  }
}

/** Queues the print area and its fit on A4 pages (Worksheet.pageLayout, ExcelApi 1.9); no sync. */
export function queuePrintSetup(sheet: Excel.Worksheet, print: PrintSetup, printArea: string): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: print.pagesWide, verticalFitToPages: print.pagesTall };
  layout.setPrintArea(printArea);
}

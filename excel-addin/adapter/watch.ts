/// <reference types="office-js" />

/**
 * Tells the pane when a sheet's cells change, through Worksheet.onChanged (ExcelApi 1.7), which
 * fires for edits by the user and by code alike. A handler stays with its worksheet for the pane's
 * life, so each sheet gets one, added once, and each hands its changes to whoever watches that
 * sheet now: removing a handler needs the request context it was added in, which is long gone.
 */
export function sheetWatch() {
  const handled = new Set<string>();
  let watched: { sheetName: string; onChange: () => void } | undefined;
  return async (context: Excel.RequestContext, sheetName: string, onChange: () => void): Promise<void> => {
    watched = { sheetName, onChange };
    if (handled.has(sheetName)) return;
    context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => {
      if (watched?.sheetName === sheetName) watched.onChange();
    });
    await context.sync();
    handled.add(sheetName);
  };
}

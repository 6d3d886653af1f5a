import type { TrackingSheetRead } from '../shared/tracking/read';
import { trackingSheetsOf } from '../shared/tracking/run';
import { formulasOf } from './track';
import type { PlaygroundWorkbook } from './workbook';

/** The tracking sheets as a check-in reads them for the KPIs' paces: values, and formulas telling which review each sheet tracks. */
export function trackingReads(workbook: PlaygroundWorkbook): TrackingSheetRead[] {
  return trackingSheetsOf(workbook.sheetNames()).map((sheetName) => ({ sheetName, values: workbook.values(sheetName), formulas: formulasOf(workbook, sheetName) }));
}

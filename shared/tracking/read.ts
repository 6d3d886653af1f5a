import { cellText, kpiNameKey } from '../agreement/normalize';
import { BASELINE_MONTHS, MONTH_HEADERS, SUMMARY_LABELS, blockGeometry, type CellRef, type TrackingBlock } from './layout';

/**
 * The blocks of a tracking sheet as a host read it, found by their shape rather than by the layout
 * that wrote them: a name in column A, the summary labels below it and the month header a row
 * further, then month rows down to the first row without a month. So a sheet a user extended,
 * retitled or filled by hand still reads, and the dashboard and check-ins find every block.
 */

/** A tracking sheet's used range: values as shown, and formulas where the host has them. */
export interface TrackingSheetRead {
  readonly sheetName: string;
  readonly values: readonly (readonly unknown[])[];
  /** Excel's `formulas` (values where no formula) or Sheets' `getFormulas()` ("" where none). */
  readonly formulas?: readonly (readonly unknown[])[];
  readonly origin?: CellRef;
}

/** A block found on a sheet: its geometry in sheet coordinates, and the name it shows. */
export type FoundBlock = Omit<TrackingBlock, 'reviewRow' | 'kpiName' | 'cumulative'> & { readonly name: string };

const labelsOf = (text: { en: string; da: string }): string[] => [text.en, text.da].map((word) => word.toLowerCase());
const FIRST_SUMMARY_LABEL = labelsOf(SUMMARY_LABELS[0]);
const MONTH_HEADER = labelsOf(MONTH_HEADERS[0]);

export function findTrackingBlocks(sheet: TrackingSheetRead): FoundBlock[] {
  const origin = sheet.origin ?? { row: 0, column: 0 };
  if (origin.column !== 0) return [];
  const at = (row: number): string => cellText(sheet.values[row]?.[0]).toLowerCase();
  const hasMonth = (row: number): boolean => at(row) !== '' || cellText(sheet.formulas?.[row]?.[0]) !== '';
  const blocks: FoundBlock[] = [];
  for (let row = 0; row + 3 < sheet.values.length; row++) {
    if (at(row) === '' || !FIRST_SUMMARY_LABEL.includes(at(row + 1)) || !MONTH_HEADER.includes(at(row + 3))) continue;
    const firstMonth = row + 4;
    let last = firstMonth - 1;
    while (last + 1 < sheet.values.length && hasMonth(last + 1)) last++;
    const months = last - firstMonth + 1 - BASELINE_MONTHS;
    if (months < 1) continue;
    blocks.push({ ...blockGeometry(origin.row + row, months), name: cellText(sheet.values[row][0]) });
    row = last;
  }
  return blocks;
}

/** The block of the KPI named `kpi` (names compared as the validator compares them), on the first sheet that has one. */
export function blockOf(sheets: readonly TrackingSheetRead[], kpi: string): { sheet: TrackingSheetRead; block: FoundBlock } | undefined {
  const key = kpiNameKey(kpi);
  for (const sheet of sheets) {
    const block = findTrackingBlocks(sheet).find((found) => kpiNameKey(found.name) === key);
    if (block) return { sheet, block };
  }
  return undefined;
}

/** The value a read sheet holds at a sheet cell, `undefined` outside the read. */
export function valueAt(sheet: TrackingSheetRead, cell: CellRef): unknown {
  const origin = sheet.origin ?? { row: 0, column: 0 };
  return sheet.values[cell.row - origin.row]?.[cell.column - origin.column];
}

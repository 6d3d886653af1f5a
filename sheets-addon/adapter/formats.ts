import { blockRuns } from '../../shared/render';
import { FORMATS } from '../../shared/templates/grid';
import { rangeAddress } from '../../shared/workbook';
import type { Sheet } from './types';

/**
 * Number formats as Sheets documents them. The shared grids say `General`, Excel's name for no
 * format, where a cell keeps the host's default; `General` is no pattern of the Sheets format
 * guide (developers.google.com/workspace/sheets/api/guides/formats), so it is never written here:
 * those cells are left as a new sheet or new rows have them, in Sheets' automatic format. The other
 * formats go out as one `RangeList` per format, over rectangles of equal cells, so the number of
 * calls depends on the formats, not on the cells.
 */
export function applyNumberFormats(sheet: Sheet, top: number, left: number, formats: readonly (readonly string[])[]): void {
  const byFormat = new Map<string, string[]>();
  for (const { range, key } of blockRuns(formats, (format) => (format === FORMATS.general ? undefined : format))) {
    const a1 = rangeAddress(top - 1 + range.row, left - 1 + range.column, range.rows, range.columns);
    byFormat.set(key, [...(byFormat.get(key) ?? []), a1]);
  }
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
}

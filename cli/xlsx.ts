import { Workbook, type Cell, type CellValue } from '@cj-tech-master/excelts';

/** One sheet of a file, as a host's `getValues()` returns it: rows of strings, numbers, booleans, dates and ''. */
export interface SheetValues {
  readonly name: string;
  readonly grid: unknown[][];
}

/**
 * The sheets of an .xlsx workbook with each cell's value: a formula cell gives the result stored
 * in the file (the program that saved it calculated it), a date-formatted number a Date, rich text
 * its plain text, an error cell its code (`#N/A`), and the cells a merge covers '' as in Excel.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SheetValues[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets.map((sheet) => {
    const grid: unknown[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const value = cellValue(cell);
        if (value === '') return;
        while (values.length < columnNumber - 1) values.push('');
        values[columnNumber - 1] = value;
      });
      while (grid.length < rowNumber - 1) grid.push([]);
      grid[rowNumber - 1] = values;
    });
    return { name: sheet.name, grid };
  });
}

function cellValue(cell: Cell): unknown {
  if (cell.isMerged && cell.master !== cell) return '';
  return plainValue(cell.value);
}

/** A value object of the library as the plain value a spreadsheet shows. */
function plainValue(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return '';
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: CellValue }).result);
  if ('text' in value) return plainValue(value.text as CellValue);
  return '';
}

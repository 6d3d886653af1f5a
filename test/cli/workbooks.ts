import { Workbook, type CellValue } from '@cj-tech-master/excelts';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Lang } from '../../shared/i18n/lang';
import { exampleReview, templateNumberFormats } from '../../shared/templates';
import { SERIAL_EPOCH } from '../../shared/templates/grid';
import { exampleReviewGrid } from '../templates/example-grid';

/** Files for the batch check, written in the test as a spreadsheet program saves them. */

export type Grid = CellValue[][];

/** The worked example's review sheet: an agreement the validator finds nothing in. */
export function exampleGrid(lang: Lang): Grid {
  const formats = templateNumberFormats(exampleReview(lang));
  // Date-formatted serials as dates, so the file holds date cells as Excel writes them.
  return exampleReviewGrid(lang).map((row, r) =>
    row.map((value, c) => (typeof value === 'number' && /yy/i.test(formats[r][c]) ? serialDate(value) : value)),
  );
}

function serialDate(serial: number): Date {
  return new Date(SERIAL_EPOCH + serial * 86_400_000);
}

/** The cell in column `header` of the KPI row named `kpi`. */
export function cellOf(grid: Grid, kpi: string, header: string): { row: number; column: number } {
  const headerRow = grid.findIndex((cells) => cells.includes(header) && cells.includes('KPI'));
  const kpiColumn = grid[headerRow]?.indexOf('KPI') ?? -1;
  const row = grid.findIndex((cells, r) => r > headerRow && cells[kpiColumn] === kpi);
  if (headerRow < 0 || row < 0) throw new Error(`no ${kpi} / ${header} in the grid`);
  return { row, column: grid[headerRow].indexOf(header) };
}

/** `grid` moved `rows` down and `columns` right, as a table pasted far from A1. */
export function shifted(grid: Grid, rows: number, columns: number): Grid {
  return [...Array.from({ length: rows }, () => []), ...grid.map((row) => [...Array(columns).fill(''), ...row])];
}

export interface SheetInput {
  readonly name: string;
  readonly grid: Grid;
}

/**
 * An .xlsx file of these sheets. A text starting with `=` is written as a formula whose stored
 * result is `results[formula]` (or ''), as a program that calculated the workbook saves it.
 */
export async function writeXlsxFile(path: string, sheets: readonly SheetInput[], results: Record<string, CellValue> = {}): Promise<void> {
  const workbook = new Workbook();
  for (const { name, grid } of sheets) {
    const sheet = workbook.addWorksheet(name);
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof value === 'string' && value.startsWith('=')) cell.value = { formula: value.slice(1), result: results[value] ?? '' } as CellValue;
        else cell.value = value;
        if (value instanceof Date) cell.numFmt = 'dd-mm-yyyy';
      }),
    );
  }
  await writeBytes(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

export async function writeBytes(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}

/** A grid as a .csv export: `separator`-separated, quoted where needed, with or without a BOM. */
export function csvText(grid: Grid, separator: ',' | ';', bom: boolean): string {
  const field = (value: CellValue) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
    return /["\n\r,;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${bom ? '\ufeff' : ''}${grid.map((row) => row.map(field).join(separator)).join('\r\n')}\r\n`;
}

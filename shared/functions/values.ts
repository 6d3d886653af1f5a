import { isKpiError, type KpiError } from '../errors';
import { describeDate, isDate } from './dates';

/** What a cell can hold once a host has handed it over. */
export type Cell = unknown;
/** What a function writes into one cell: a number, a text (`""` for blank) or an error. */
export type CellValue = number | string | KpiError;
export type Matrix<T> = T[][];
export type FunctionResult = CellValue | Matrix<CellValue>;
/** A range as a host hands it over, read where it lies: rows of cells. */
export type Rows = readonly (readonly unknown[])[];

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === '';
}

/** How a cell is named in a message: text quoted, booleans as the sheet shows them. */
export function describeCell(cell: Cell): string {
  if (typeof cell === 'string') return JSON.stringify(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDate(cell)) return describeDate(cell);
  if (Array.isArray(cell)) return 'a range';
  if (typeof cell === 'number') return String(cell);
  if (isKpiError(cell)) return cell.code;
  return typeof cell;
}

/**
 * A range as a rectangular matrix, or a reason it is not one. A 2-D array is a range; a flat array
 * is read as one row, which is what a JavaScript caller means by it.
 */
export function toMatrix(arg: readonly unknown[]): Matrix<Cell> | 'empty' | 'ragged' | 'nested' {
  const rows: Cell[][] = arg.every(Array.isArray) ? (arg as Cell[][]) : [arg as Cell[]];
  if (rows.length === 0 || rows[0].length === 0) return 'empty';
  const width = rows[0].length;
  for (const row of rows) {
    if (row.length !== width) return 'ragged';
    for (const cell of row) if (Array.isArray(cell)) return 'nested';
  }
  return rows;
}

export function shapeOf(matrix: Matrix<unknown>): Shape {
  return { rows: matrix.length, columns: matrix[0].length };
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.rows === b.rows && a.columns === b.columns;
}

export function describeShape(shape: Shape): string {
  return `${shape.rows}x${shape.columns}`;
}

/** Comparisons treat values this close to the target as equal (the contract's tolerance). */
export function equalityMargin(target: number): number {
  return 1e-9 * Math.max(1, Math.abs(target));
}

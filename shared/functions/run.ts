import { isKpiError, type KpiError } from '../errors';
import { dateSerial, isDate } from './dates';
import { elementwiseOverNumbers } from './fast';
import { errors, type Place } from './messages';
import type {
  ElementArg, ElementwiseFunction, FlagsParam, FunctionSpec, Grid, GridParam, NumberParam, Numbers, OptionParam, ParamSpec,
  Series, SeriesCell, WholeArg, WholeFunction,
} from './spec';
import {
  describeCell, describeShape, isBlank, sameShape, shapeOf, toMatrix,
  type Cell, type CellValue, type FunctionResult, type Matrix, type Rows, type Shape,
} from './values';

/**
 * Runs a function on the cells a host hands over: checks every argument against its spec once,
 * here, so an implementation only ever sees valid values. Never throws; errors are values.
 * Ranges of plain numbers and blanks take the fast path (fast.ts); the checked path takes the
 * rest, after `prepare` has turned the host's own cell values (Excel's error objects, Sheets'
 * dates) into the core's. The fast path needs no preparing: it takes neither.
 */
export function runFunction(spec: FunctionSpec, args: readonly unknown[], prepare?: (args: readonly unknown[]) => readonly unknown[]): FunctionResult {
  try {
    return runFast(spec, args) ?? runChecked(spec, prepare ? prepare(args) : args);
  } catch (unexpected) {
    // A bug must show as an error in the cell, never take the host's calculation down.
    const text = unexpected instanceof Error ? unexpected.message : String(unexpected);
    return errors.badRange({ arg: `${spec.id} (${text})` });
  }
}

/** The fast path's answer, or undefined where the arguments are not plain numbers and blanks. */
export function runFast(spec: FunctionSpec, args: readonly unknown[]): FunctionResult | undefined {
  return spec.mode === 'elementwise' ? fastElementwise(spec, args) : fastWhole(spec, args);
}

/** The checked path alone: every cell read and checked with its place, for any arguments. */
export function runChecked(spec: FunctionSpec, args: readonly unknown[]): FunctionResult {
  return spec.mode === 'elementwise' ? runElementwise(spec, args) : runWhole(spec, args);
}

/** A range of more than one cell whose first row is an array: what the fast path reads in place. */
function plainRange(raw: unknown): Rows | undefined {
  if (!Array.isArray(raw) || !Array.isArray(raw[0])) return undefined;
  return raw.length > 1 || raw[0].length > 1 ? (raw as Rows) : undefined;
}

/**
 * The cell of an argument that is one value or a 1x1 range, as the fast path takes it: a number,
 * text, boolean or blank. Anything else (another range, a date, a host's error object) is left
 * to the checked path, which reads or prepares it.
 */
function plainCell(raw: unknown): { cell: unknown } | undefined {
  const cell = Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 ? raw[0][0] : raw;
  return typeof cell === 'object' && cell !== null ? undefined : { cell };
}

function fastElementwise(spec: ElementwiseFunction, rawArgs: readonly unknown[]): FunctionResult | undefined {
  const count = spec.params.length;
  const ranges: (Rows | undefined)[] = new Array(count);
  const fixed: ElementArg[] = new Array(count);
  let rows = 0;
  let columns = 0;
  for (let i = 0; i < count; i++) {
    const param = spec.params[i];
    const range = plainRange(rawArgs[i]);
    if (range) {
      if (param.kind !== 'number') return undefined;
      if (rows === 0) [rows, columns] = [range.length, range[0].length];
      else if (range.length !== rows || range[0].length !== columns) return undefined;
      ranges[i] = range;
      continue;
    }
    const plain = plainCell(rawArgs[i]);
    const value = plain && checkElement(param, plain.cell, { arg: param.name });
    if (value === undefined || value === null || isKpiError(value)) return undefined;
    fixed[i] = value;
  }
  return rows === 0 ? undefined : elementwiseOverNumbers(spec, ranges, fixed, rows, columns);
}

function fastWhole(spec: WholeFunction, rawArgs: readonly unknown[]): FunctionResult | undefined {
  if (!spec.fast) return undefined;
  const checked: WholeArg[] = new Array(spec.params.length);
  let range: Rows | undefined;
  for (const [i, param] of spec.params.entries()) {
    const raw = rawArgs[i];
    if (param.kind === 'series') {
      range = plainRange(raw);
      if (!range) return undefined;
    } else if (param.kind === 'flags') {
      if (!param.optional || !isBlank(raw)) return undefined;
    } else if (param.kind === 'number' || param.kind === 'option') {
      const plain = plainCell(raw);
      if (!plain) return undefined;
      const place = { arg: param.name };
      const value = param.kind === 'number' ? checkNumber(param, plain.cell, place) : checkOption(param, plain.cell, place);
      if (isKpiError(value)) return undefined;
      checked[i] = value ?? undefined;
    } else {
      return undefined;
    }
  }
  return range && spec.fast(range, checked);
}

type Arg = { scalar: Cell } | { matrix: Matrix<Cell> };

/** A 1x1 range is a single value; anything else array-like must be a rectangle of cells. */
function readArg(raw: unknown, place: Place): Arg | KpiError {
  if (!Array.isArray(raw)) return { scalar: raw };
  const matrix = toMatrix(raw);
  if (typeof matrix === 'string') return errors.badRange(place);
  return matrix.length === 1 && matrix[0].length === 1 ? { scalar: matrix[0][0] } : { matrix };
}

/** A non-blank cell where a number is wanted; a date counts as its serial number, as in Excel. */
function numberCell(cell: Cell, place: Place): number | KpiError {
  if (isKpiError(cell)) return cell;
  if (typeof cell !== 'number') {
    return isDate(cell) && !Number.isNaN(cell.getTime()) ? dateSerial(cell) : errors.notNumber(place, describeCell(cell));
  }
  return Number.isFinite(cell) ? cell : errors.notFinite(place, describeCell(cell));
}

function checkNumber(param: NumberParam, cell: Cell, place: Place): number | null | KpiError {
  if (isBlank(cell)) return param.defaultValue ?? null;
  const value = numberCell(cell, place);
  if (isKpiError(value)) return value;
  const outside = (param.min !== undefined && value < param.min) || (param.max !== undefined && value > param.max);
  if (param.integer && (!Number.isInteger(value) || outside)) return errors.notWhole(place, value, param.min ?? 0);
  if (outside) return param.outOfBounds ? param.outOfBounds(place, value) : errors.notWhole(place, value, param.min ?? 0);
  return value;
}

function checkOption(param: OptionParam, cell: Cell, place: Place): string | KpiError {
  if (isBlank(cell)) return param.defaultValue;
  if (isKpiError(cell)) return cell;
  const meaning = typeof cell === 'string' ? param.choices[cell.trim().toLowerCase()] : undefined;
  return meaning ?? errors.badOption(place, describeCell(cell), Object.keys(param.choices));
}

function checkElement(param: ParamSpec, cell: Cell, place: Place): ElementArg | null | KpiError {
  if (param.kind === 'number') return checkNumber(param, cell, place);
  if (param.kind === 'option') return checkOption(param, cell, place);
  throw new Error(`${param.kind} cannot be read cell by cell`);
}

function runElementwise(spec: ElementwiseFunction, rawArgs: readonly unknown[]): FunctionResult {
  const args: Arg[] = [];
  let shape: Shape | undefined;
  let shapeOwner = '';
  for (const [i, param] of spec.params.entries()) {
    const arg = readArg(rawArgs[i], { arg: param.name });
    if (isKpiError(arg)) return arg;
    if ('matrix' in arg) {
      const own = shapeOf(arg.matrix);
      if (shape && !sameShape(shape, own)) {
        return errors.shapeMismatch({ arg: param.name }, describeShape(own), describeShape(shape), shapeOwner);
      }
      shape ??= own;
      shapeOwner ||= param.name;
    }
    args.push(arg);
  }

  const fixed = args.map((arg, i) => ('scalar' in arg ? checkElement(spec.params[i], arg.scalar, { arg: spec.params[i].name }) : undefined));
  // One array reused for every cell: a 100 000-row call would otherwise allocate one per row.
  const checked: (ElementArg | null | KpiError | undefined)[] = new Array(args.length);
  const cellAt = (row: number, column: number): CellValue => {
    let blank = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      const value = 'matrix' in arg
        ? checkElement(spec.params[i], arg.matrix[row][column], { arg: spec.params[i].name, row: row + 1, column: column + 1 })
        : fixed[i];
      if (isKpiError(value)) return value;
      blank ||= value === null;
      checked[i] = value;
    }
    return blank ? '' : spec.impl(...(checked as ElementArg[]));
  };

  if (!shape) return cellAt(0, 0);
  const result: CellValue[][] = [];
  for (let row = 0; row < shape.rows; row++) {
    const line: CellValue[] = [];
    for (let column = 0; column < shape.columns; column++) line.push(cellAt(row, column));
    result.push(line);
  }
  return result;
}

function cellsOf(arg: Arg): Cell[] {
  if ('scalar' in arg) return [arg.scalar];
  const cells: Cell[] = [];
  for (const row of arg.matrix) for (const cell of row) cells.push(cell);
  return cells;
}

function shapeOfArg(arg: Arg): Shape {
  return 'scalar' in arg ? { rows: 1, columns: 1 } : shapeOf(arg.matrix);
}

/** The 1-based place of the i-th cell of a range read row by row. */
function placeIn(name: string, shape: Shape, index: number): Place {
  return { arg: name, row: Math.floor(index / shape.columns) + 1, column: (index % shape.columns) + 1 };
}

function readNumbers(name: string, arg: Arg): Numbers | KpiError {
  const shape = shapeOfArg(arg);
  const values: number[] = [];
  for (const [i, cell] of cellsOf(arg).entries()) {
    if (isBlank(cell)) continue;
    const value = numberCell(cell, placeIn(name, shape, i));
    if (isKpiError(value)) return value;
    values.push(value);
  }
  return { values, allBlank: values.length === 0 };
}

function readCells(name: string, arg: Arg, shape: Shape): Series {
  const cells: SeriesCell[] = cellsOf(arg).map((cell, i) => (isBlank(cell) ? null : numberCell(cell, placeIn(name, shape, i))));
  return { cells, shape };
}

function readSeries(name: string, arg: Arg): Series | KpiError {
  const shape = shapeOfArg(arg);
  if (shape.rows > 1 && shape.columns > 1) return errors.notSeries({ arg: name });
  return readCells(name, arg, shape);
}

/** A range of any shape, cell by cell; of the shape of `shapeOf` where the spec names one. */
function readGrid(param: GridParam, arg: Arg, other: Grid | undefined): Grid | KpiError {
  const shape = shapeOfArg(arg);
  if (other && !sameShape(shape, other.shape)) {
    return errors.shapeMismatch({ arg: param.name }, describeShape(shape), describeShape(other.shape), param.shapeOf ?? '');
  }
  return readCells(param.name, arg, shape);
}

function isFlagged(cell: Cell): boolean {
  if (isBlank(cell) || cell === false || cell === 0) return false;
  return !(typeof cell === 'string' && /^\s*(false|falsk|0)\s*$/i.test(cell));
}

function readFlags(param: FlagsParam, arg: Arg, series: Series | undefined): boolean[] | KpiError {
  const shape = shapeOfArg(arg);
  if (series && !sameShape(shape, series.shape)) {
    return errors.shapeMismatch({ arg: param.name }, describeShape(shape), describeShape(series.shape), param.shapeOf);
  }
  return cellsOf(arg).map(isFlagged);
}

function readWhole(param: ParamSpec, raw: unknown, read: ReadonlyMap<string, WholeArg>): WholeArg | KpiError {
  const place = { arg: param.name };
  if (param.optional && isBlank(raw) && (param.kind === 'flags' || param.kind === 'series')) return undefined;
  const arg = readArg(raw, place);
  if (isKpiError(arg)) return arg;
  switch (param.kind) {
    case 'number':
    case 'option': {
      if ('matrix' in arg) return errors.notSingle(place);
      const checked = param.kind === 'number' ? checkNumber(param, arg.scalar, place) : checkOption(param, arg.scalar, place);
      return checked ?? undefined;
    }
    case 'numbers':
      return readNumbers(param.name, arg);
    case 'series':
      return readSeries(param.name, arg);
    case 'grid':
      return readGrid(param, arg, param.shapeOf ? (read.get(param.shapeOf) as Grid | undefined) : undefined);
    case 'flags':
      return readFlags(param, arg, read.get(param.shapeOf) as Series | undefined);
  }
}

function runWhole(spec: WholeFunction, rawArgs: readonly unknown[]): FunctionResult {
  const read = new Map<string, WholeArg>();
  for (const [i, param] of spec.params.entries()) {
    const checked = readWhole(param, rawArgs[i], read);
    if (isKpiError(checked)) return checked;
    read.set(param.name, checked);
  }
  const result = spec.impl(...spec.params.map((param) => read.get(param.name)));
  if (!Array.isArray(result)) return result as CellValue;
  // A series result takes the shape of the series it was computed from; one cell is one value.
  const series = spec.params.find((param) => param.kind === 'series');
  const { shape } = read.get(series?.name ?? '') as Series;
  if (shape.rows === 1 && shape.columns === 1) return result[0];
  return shape.rows === 1 ? [[...result]] : result.map((cell) => [cell]);
}

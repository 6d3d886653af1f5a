import { isKpiError, type KpiError } from '../errors';
import { dateSerial, isDate } from './dates';
import { errors, type Place } from './messages';
import type {
  ElementArg, ElementwiseFunction, FlagsParam, FunctionSpec, Grid, GridParam, NumberParam, Numbers, OptionParam, ParamSpec,
  Series, SeriesCell, WholeArg, WholeFunction,
} from './spec';
import {
  describeCell, describeShape, isBlank, sameShape, shapeOf, toMatrix,
  type Cell, type CellValue, type FunctionResult, type Matrix, type Shape,
} from './values';

/**
 * Runs a function on the cells a host hands over: checks every argument against its spec once,
 * here, so an implementation only ever sees valid values. Never throws; errors are values.
 */
export function runFunction(spec: FunctionSpec, args: readonly unknown[]): FunctionResult {
  try {
    return spec.mode === 'elementwise' ? runElementwise(spec, args) : runWhole(spec, args);
  } catch (unexpected) {
    // A bug must show as an error in the cell, never take the host's calculation down.
    const text = unexpected instanceof Error ? unexpected.message : String(unexpected);
    return errors.badRange({ arg: `${spec.id} (${text})` });
  }
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

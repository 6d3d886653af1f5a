import type { KpiError } from '../errors';
import type { Localized } from '../i18n/lang';
import type { Place } from './messages';
import type { FunctionId } from './names';
import type { CellValue, FunctionResult, Matrix, Rows, Shape } from './values';

interface ParamBase {
  /** The name users see in the formula help; Apps Script stubs use it as the JavaScript name. */
  readonly name: string;
  readonly help: Localized;
  readonly optional?: boolean;
}

/** A number. In an elementwise function it may be a range, read cell by cell. */
export interface NumberParam extends ParamBase {
  readonly kind: 'number';
  readonly defaultValue?: number;
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The error for a value outside [min, max]; a whole-number error is the default. */
  readonly outOfBounds?: (place: Place, value: number) => KpiError;
}

/** A word from a short list, in either language: `choices` maps each spelling to its meaning. */
export interface OptionParam extends ParamBase {
  readonly kind: 'option';
  readonly defaultValue: string;
  readonly choices: Readonly<Record<string, string>>;
}

/** Numbers of a range of any shape, taken together (blanks ignored). */
export interface NumbersParam extends ParamBase {
  readonly kind: 'numbers';
}

/** One row or one column of numbers and blanks, oldest first. */
export interface SeriesParam extends ParamBase {
  readonly kind: 'series';
}

/** Numbers of a range of any shape, each kept at its place; `shapeOf` names a range it must match. */
export interface GridParam extends ParamBase {
  readonly kind: 'grid';
  readonly shapeOf?: string;
}

/** Marks beside a series, of its shape: a non-blank mark that is not FALSE or 0 flags the period. */
export interface FlagsParam extends ParamBase {
  readonly kind: 'flags';
  readonly shapeOf: string;
}

export type ParamSpec = NumberParam | OptionParam | NumbersParam | SeriesParam | GridParam | FlagsParam;

/** Checked arguments as the implementations receive them. */
export interface Numbers {
  readonly values: readonly number[];
  /** Nothing but blanks: the function's answer is blank too. */
  readonly allBlank: boolean;
}

/** A series cell: a number, `null` for blank, or the error of a cell that holds no number. */
export type SeriesCell = number | null | KpiError;

export interface Series {
  readonly cells: readonly SeriesCell[];
  readonly shape: Shape;
}

/** A grid argument: cells as a series holds them, row by row, of any shape. */
export type Grid = Series;

export type ElementArg = number | string;
export type WholeArg = number | string | undefined | Numbers | Series | Grid | readonly boolean[];

interface FunctionBase {
  readonly id: FunctionId;
  readonly help: Localized;
  readonly params: readonly ParamSpec[];
  /** A formula with placeholders (`={RAG}(B2,C2)`), shown in the reference. */
  readonly example: string;
  /** What blank cells do, said in the reference: each function treats them its own way. */
  readonly blanks: Localized;
}

/**
 * Computed cell by cell over ranges of one shape. The wrapper hands the implementation checked
 * values only: a blank required number makes the cell blank before the implementation runs.
 */
export interface ElementwiseFunction extends FunctionBase {
  readonly mode: 'elementwise';
  /** Method syntax on purpose: each implementation declares its own narrower parameter types. */
  impl(...args: ElementArg[]): CellValue;
}

/** Takes its ranges whole: one value (`returns: 'value'`) or one per cell of its series. */
export interface WholeFunction extends FunctionBase {
  readonly mode: 'whole';
  readonly returns: 'value' | 'series';
  impl(...args: WholeArg[]): CellValue | readonly CellValue[];
  /**
   * The same answer straight from the series argument's range when it is one row or one column of
   * plain numbers and blanks (more than one cell), given the other arguments checked (`checked[i]`
   * for the i-th parameter, undefined at the series'); undefined where it does not apply, and
   * `impl` answers. Flags arguments are never given: a call with one takes the checked path.
   */
  fast?(range: Rows, checked: readonly WholeArg[]): Matrix<CellValue> | undefined;
}

export type FunctionSpec = ElementwiseFunction | WholeFunction;

/** Whether a call of this function can spill over several cells. */
export function spills(spec: FunctionSpec): boolean {
  return spec.mode === 'elementwise' || spec.returns === 'series';
}

/** A function's arguments as its help shows them, optional ones in brackets: `actual, target, [tolerance]`. */
export function signature(spec: FunctionSpec, separator = ','): string {
  return spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(`${separator} `);
}

export type { FunctionResult };

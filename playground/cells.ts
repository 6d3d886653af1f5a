import { LANGS } from '../shared/i18n/lang';
import { EXCEL_NAMESPACE, FUNCTION_IDS, type FunctionId } from '../shared/functions/names';
import { RAG_WORDS } from '../shared/functions/rag';
import { FORMATS, RAG_FILLS, type CellStyle, type ConditionalFill, type ListValidation } from '../shared/templates';
import type { Position, SheetLook } from './workbook';

/** Pure look-ups of a sheet's look at one cell, kept apart from the DOM that draws them. */

const inside = (range: ListValidation['range'], at: Position): boolean =>
  at.row >= range.row && at.row < range.row + range.rows && at.column >= range.column && at.column < range.column + range.columns;

/** The dropdown values of a cell, if a validation covers it. */
export function listAt(look: SheetLook | undefined, at: Position): readonly string[] | undefined {
  return look?.validations.find((validation) => inside(validation.range, at))?.values;
}

/** The RAG fill a cell gets for the text it shows, if a conditional fill covers it and matches. */
export function conditionalFillAt(look: SheetLook | undefined, at: Position, shown: string): ConditionalFill | undefined {
  return look?.conditionalFills.find((fill) => inside(fill.range, at) && fill.equals === shown);
}

/**
 * The cell's style with a matching conditional fill laid over it, as Excel lays rules over formats;
 * a KPI.RAG result elsewhere gets its status's colours too.
 */
export function cellLook(look: SheetLook | undefined, at: Position, shown: string, source?: FunctionId): CellStyle | undefined {
  const base = look?.styles[at.row]?.[at.column] ?? undefined;
  const fill = conditionalFillAt(look, at, shown) ?? ragFill(source, shown);
  return fill ? { ...base, fill: fill.fill, fontColor: fill.fontColor } : base;
}

/** The KPI function a formula's result comes from: its outermost call (`=KPI.YOY(…)`), if any. */
export function kpiFunctionOf(formula: string | undefined): FunctionId | undefined {
  const called = new RegExp(`^=\\s*${EXCEL_NAMESPACE}\\.([A-Z]+)\\s*\\(`, 'i').exec(formula ?? '')?.[1]?.toUpperCase();
  return FUNCTION_IDS.find((id) => id === called);
}

/** Shares and rates as percentages; every other KPI number with two decimals. */
const PERCENT_RESULTS: readonly FunctionId[] = ['ATTAINMENT', 'YOY', 'PACE', 'SCORE'];
const TWO_DECIMALS = '0.00';

/**
 * How a cell without a format of its own (General, a free cell) shows a KPI function's number,
 * as Excel formats a result by the function that made it.
 */
export function resultFormat(format: string, source: FunctionId | undefined): string {
  if (format !== FORMATS.general || source === undefined) return format;
  return PERCENT_RESULTS.includes(source) ? FORMATS.percent : TWO_DECIMALS;
}

/** The RAG colours of a KPI.RAG result outside the template's status cells, by its word in either language. */
export function ragFill(source: FunctionId | undefined, shown: string): { fill: string; fontColor: string } | undefined {
  if (source !== 'RAG') return undefined;
  for (const lang of LANGS) {
    const status = (Object.keys(RAG_WORDS[lang]) as (keyof typeof RAG_FILLS)[]).find((key) => RAG_WORDS[lang][key] === shown);
    if (status) return RAG_FILLS[status];
  }
  return undefined;
}

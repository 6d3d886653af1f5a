import type { RawCellContent } from 'hyperformula';
import { parseNumber, toFraction } from '../shared/agreement/reading';
import type { Lang } from '../shared/i18n/lang';
import { FORMATS } from '../shared/templates/grid';
import { formatValue } from './format';
import { toEngineFormula, toLocalFormula } from './formula-syntax';

/**
 * What a user types into a cell, read in their language, and what the formula bar shows back, so
 * typing the shown text again changes nothing. Numbers are read by the validator's own reading
 * (parseNumber), so the grid, the formula bar and the validator never disagree about a cell.
 */

const isPercentFormat = (format: string): boolean => /%$/.test(format);
const isDateFormat = (format: string): boolean => /^y{2,4}-mm-dd$/i.test(format);
/** Day-month-year dates are the engine's to read, not numbers with thousands marks. */
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

/**
 * A typed text as the engine's cell content: `=…` a formula in the engine's syntax, a number in
 * the language's marks ("4,5", "1.000", "80 %" in Danish) a number, anything else as typed. In a
 * percent cell a bare number is read as the contract reads an influence: 20 is 20 %, 0.2 too.
 * "+20%" stays text: it is a change, not a level, and the validator says so.
 */
export function readInput(typed: string, lang: Lang, format: string): RawCellContent {
  const text = typed.trim();
  if (text === '') return null;
  if (text.startsWith('=')) return toEngineFormula(text, lang);
  if (text.startsWith("'") || text.startsWith('+') || DATE_LIKE.test(text)) return typed;
  const number = parseNumber(text, lang);
  if (number === null) return typed;
  return isPercentFormat(format) && !text.endsWith('%') ? toFraction(number) : number;
}

/**
 * The number format a cell without one takes from what was typed (and `readInput` made of it), as
 * Excel gives it: a percentage shows as one, `0%`, or `0.00%` when typed with decimals; anything
 * else leaves the format alone.
 */
export function typedFormat(typed: string, content: RawCellContent, lang: Lang, format: string): string | undefined {
  const text = typed.trim();
  if (format !== FORMATS.general || !text.endsWith('%') || typeof content !== 'number') return undefined;
  const decimalMark = lang === 'da' ? ',' : '.';
  return new RegExp(`\\${decimalMark}\\d+\\s*%$`).test(text) ? '0.00%' : '0%';
}

function localNumber(value: number, lang: Lang): string {
  const text = String(Number(value.toPrecision(15)));
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** A cell's own content as the formula bar shows it: a formula in the language's syntax, a number with its decimal mark, a percentage as one. */
export function showInput(formula: string | undefined, value: unknown, lang: Lang, format: string): string {
  if (formula !== undefined) return toLocalFormula(formula, lang);
  if (typeof value !== 'number') return value === null || value === undefined ? '' : String(value);
  if (isDateFormat(format)) return formatValue(value, format, lang).text;
  if (isPercentFormat(format)) return `${localNumber(value * 100, lang)}${lang === 'da' ? ' %' : '%'}`;
  return localNumber(value, lang);
}

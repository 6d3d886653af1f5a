import { errorText, isKpiError, type ErrorCode } from '../errors';
import type { Lang, Localized } from '../i18n/lang';
import type { FunctionId } from './names';
import { callFunction } from './registry';

/**
 * Why a KPI cell shows an error, for the pane to say beside the selected cell. Excel shows a custom
 * function's message only with #VALUE! and #N/A ("Handle and return errors from your custom
 * function"); for #NUM! and #DIV/0! the cell holds the bare code, so the pane explains it: exactly,
 * by running the cell's call again (explainCall), or by what the code means for these functions.
 */
const MEANING: Record<ErrorCode, Localized> = {
  '#VALUE!': {
    en: 'A value is of the wrong kind: text or TRUE/FALSE where a number belongs, an unknown option, or ranges of different shapes.',
    da: 'En værdi er af den forkerte slags: tekst eller SAND/FALSK hvor der skal stå et tal, en ukendt indstilling eller områder af forskellig form.',
  },
  '#NUM!': {
    en: 'A number is out of range: a tolerance outside 0–100%, periods not a whole number of at least 1, elapsed not above 0 and at most 100%, a negative count or weight, more successes than attempts, or a result too large to show.',
    da: 'Et tal ligger uden for det tilladte: en tolerance uden for 0-100%, perioder der ikke er et helt tal på mindst 1, elapsed der ikke er over 0 og højst 100%, et negativt antal eller en negativ vægt, flere succeser end forsøg eller et resultat der er for stort til at blive vist.',
  },
  '#DIV/0!': {
    en: 'The result divides by 0: a target of 0, attempts or weights adding up to 0, or last year\'s value 0.',
    da: 'Resultatet deler med 0: et mål på 0, forsøg eller vægte der giver 0 tilsammen, eller sidste års værdi på 0.',
  },
  '#N/A': {
    en: 'There is nothing to compute from: no usable value (all blank or one-off events), or fewer than 2 values for a trend.',
    da: 'Der er intet at regne på: ingen brugbar værdi (alle tomme eller engangshændelser) eller færre end 2 værdier til en trend.',
  },
};

const CODES = Object.keys(MEANING) as ErrorCode[];

/**
 * The explanation of a cell's value: a core error's own message; for a cell's text such as Excel's
 * `#NUM!` or Sheets' `#NUM! tolerance: …`, the message after the code or else what the code means.
 * Undefined for a value that is no error.
 */
export function explainError(value: unknown, lang: Lang): string | undefined {
  if (isKpiError(value)) return errorText(value, lang);
  if (typeof value !== 'string') return undefined;
  const code = CODES.find((known) => value === known || value.startsWith(`${known} `));
  if (!code) return undefined;
  const message = value.slice(code.length).trim();
  return message || MEANING[code][lang];
}

/** The exact reason: the call run again on the cell's arguments, and its first error's message. */
export function explainCall(id: FunctionId, args: readonly unknown[], lang: Lang): string | undefined {
  const result = callFunction(id, ...args);
  const cells = Array.isArray(result) ? result.flat() : [result];
  const error = cells.find(isKpiError);
  return error ? errorText(error, lang) : undefined;
}

import type { Lang } from '../shared/i18n/lang';

/**
 * Formulas as people type them in each language, and as the engine stores them. The engine keeps
 * one canonical syntax (`,` between arguments, `.` in decimals), so the templates, the validator
 * and the .xlsx files never depend on the language. A Danish user types and reads Danish Excel's
 * syntax (`=KPI.RAG(95;100)`, `=A1*1,5`, `{1.2;3.4}`), translated here at the edge.
 */

interface Syntax {
  readonly argument: string;
  readonly decimal: string;
  /** Between the columns of an array constant; rows are split by `;` in both. */
  readonly arrayColumn: string;
}

const SYNTAX: Record<Lang, Syntax> = {
  en: { argument: ',', decimal: '.', arrayColumn: ',' },
  da: { argument: ';', decimal: ',', arrayColumn: '.' },
};

/** The separator between a function's arguments: `,` in English, `;` in Danish. */
export function argumentSeparator(lang: Lang): string {
  return SYNTAX[lang].argument;
}

const NAME_CHAR = /[\w.$]/;

/**
 * Rewrites a formula from one syntax to another. Strings ("…") and quoted sheet names ('…') are
 * copied as they are; a number's decimal mark and the separators outside them are swapped.
 */
function convert(formula: string, from: Syntax, to: Syntax): string {
  let out = '';
  let braces = 0;
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      // A doubled quote inside is an escaped quote: the literal ends at the first single one.
      let end = i + 1;
      while (end < formula.length && !(formula[end] === char && formula[end + 1] !== char)) end += formula[end] === char ? 2 : 1;
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else if (/[A-Za-z_$]/.test(char)) {
      // A name or reference (KPI.RAG, B5, Sheet1): its dots and digits are its own.
      let end = i + 1;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      out += formula.slice(i, end);
      i = end;
    } else if (/\d/.test(char) || (char === from.decimal && /\d/.test(formula[i + 1] ?? ''))) {
      let end = i;
      while (end < formula.length && /\d/.test(formula[end])) end++;
      let number = formula.slice(i, end);
      if (formula[end] === from.decimal && /\d/.test(formula[end + 1] ?? '')) {
        let fraction = end + 1;
        while (fraction < formula.length && /\d/.test(formula[fraction])) fraction++;
        number += to.decimal + formula.slice(end + 1, fraction);
        end = fraction;
      }
      out += number;
      i = end;
    } else {
      if (char === '{') braces++;
      if (char === '}') braces = Math.max(0, braces - 1);
      const separator = braces > 0 ? [from.arrayColumn, to.arrayColumn] : [from.argument, to.argument];
      out += char === separator[0] ? separator[1] : char;
      i++;
    }
  }
  return out;
}

/** A formula as typed in `lang` (`=KPI.RAG(95;100)` in Danish), in the engine's syntax. */
export function toEngineFormula(typed: string, lang: Lang): string {
  return lang === 'en' ? typed : convert(typed, SYNTAX[lang], SYNTAX.en);
}

/** A formula of the engine, as a user of `lang` reads and edits it. */
export function toLocalFormula(formula: string, lang: Lang): string {
  return lang === 'en' ? formula : convert(formula, SYNTAX.en, SYNTAX[lang]);
}

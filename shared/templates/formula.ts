import { FUNCTION_IDS, hostFunctionName, type FunctionId } from '../functions/names';
import type { FormulaSyntax } from './spec';

const PLACEHOLDER = /\{([A-Z]+)\}/g;

/**
 * `{ARRAY}(…)` evaluates its contents over whole ranges (an `IF` over a column of months): Excel
 * does so by itself (dynamic arrays), Sheets only inside ARRAYFORMULA.
 */
const ARRAY_WRAPPER: Record<FormulaSyntax, string> = { excel: '', sheets: 'ARRAYFORMULA' };

/** Writes a template formula (`={RAG}(B2,C2)`) in a host's syntax (`=KPI.RAG(B2,C2)`). */
export function renderFormula(formula: string, syntax: FormulaSyntax): string {
  return formula.replace(PLACEHOLDER, (whole, id: string) => {
    if (id === 'ARRAY') return ARRAY_WRAPPER[syntax];
    return (FUNCTION_IDS as readonly string[]).includes(id) ? hostFunctionName(id as FunctionId, syntax) : whole;
  });
}

/** `'KPI tracking'!` or `Data!`: a sheet a formula names (text in double quotes left out). */
const SHEET_PREFIX = /'((?:[^']|'')+)'!|\b([A-Za-z_][\w.]*)!/g;

/** The sheets a formula names, as their names read. */
export function sheetsNamedIn(formula: string): string[] {
  const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...outsideText.matchAll(SHEET_PREFIX)].map((match) => (match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]));
}

/** Whether a formula names a sheet that is not among `sheetNames` (compared as both hosts do, ignoring case). */
export function namesMissingSheet(formula: string, sheetNames: readonly string[]): boolean {
  const present = new Set(sheetNames.map((name) => name.toLowerCase()));
  return sheetsNamedIn(formula).some((name) => !present.has(name.toLowerCase()));
}

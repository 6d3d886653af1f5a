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

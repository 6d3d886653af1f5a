import { FUNCTION_IDS, hostFunctionName, type FunctionId } from '../functions/names';
import type { FormulaSyntax } from './spec';

const PLACEHOLDER = /\{([A-Z]+)\}/g;

/** Writes a template formula (`={RAG}(B2,C2)`) in a host's syntax (`=KPI.RAG(B2,C2)`). */
export function renderFormula(formula: string, syntax: FormulaSyntax): string {
  return formula.replace(PLACEHOLDER, (whole, id: string) =>
    (FUNCTION_IDS as readonly string[]).includes(id) ? hostFunctionName(id as FunctionId, syntax) : whole,
  );
}

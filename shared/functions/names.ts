import type { FormulaSyntax } from '../templates/spec';

/** The contract's function ids. Workbooks store them: never rename one. */
export const FUNCTION_IDS = ['RAG', 'ATTAINMENT', 'PACE', 'HITRATE', 'SCORE', 'BASELINE', 'ROLLING', 'YOY', 'TREND'] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

export const EXCEL_NAMESPACE = 'KPI';

/** `KPI.RAG` in Excel; `KPI_RAG` in Sheets, whose function names cannot hold a dot. */
export function hostFunctionName(id: FunctionId, syntax: FormulaSyntax): string {
  return syntax === 'excel' ? `${EXCEL_NAMESPACE}.${id}` : `${EXCEL_NAMESPACE}_${id}`;
}

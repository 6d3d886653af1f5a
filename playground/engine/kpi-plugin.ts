import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, type FunctionMetadata, type ImplementedFunctions } from 'hyperformula';
import type { Lang } from '../../shared/i18n/lang';
import { callFunction, FUNCTIONS } from '../../shared/functions/registry';
import { hostFunctionName } from '../../shared/functions/names';
import { spills, type FunctionSpec } from '../../shared/functions/spec';
import { coreArgument, engineResult } from './values';
import { resultSize } from './size';

// The engine's own types for a call, reached through FunctionPlugin since the package exports neither.
type RunFunction = FunctionPlugin['runFunction'];
type Ast = Parameters<RunFunction>[0][number];
type State = Parameters<RunFunction>[1];
type ProcedureAst = Extract<Ast, { procedureName: string }>;

/** The name a formula calls a function by: `KPI.RAG`, as in Excel. */
const engineName = (spec: FunctionSpec): string => hostFunctionName(spec.id, 'excel');
const BY_NAME = new Map(FUNCTIONS.map((spec) => [engineName(spec), spec]));

/** Language of the error messages the functions give; the playground sets it with its language. */
let messageLang: Lang = 'en';
export function setKpiMessageLanguage(lang: Lang): void {
  messageLang = lang;
}

/**
 * Every parameter is passed through as the engine has it (value or range): the core checks kinds,
 * blanks and defaults itself, so a cell behaves exactly as in Excel and Sheets.
 */
function metadataOf(spec: FunctionSpec): FunctionMetadata {
  return {
    method: 'kpi',
    ...(spills(spec) ? { sizeOfResultArrayMethod: 'kpiSize' } : {}),
    vectorizationForbidden: true,
    parameters: spec.params.map((param) => ({ argumentType: FunctionArgumentType.ANY, ...(param.optional ? { optionalArg: true } : {}) })),
  };
}

function specOf(ast: ProcedureAst): FunctionSpec {
  const spec = BY_NAME.get(ast.procedureName.toUpperCase());
  if (!spec) throw new Error(`${ast.procedureName} is no KPI function`);
  return spec;
}

/** The KPI functions as a HyperFormula plugin, generated from the registry: one method serves them all. */
export class KpiPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(FUNCTIONS.map((spec) => [engineName(spec), metadataOf(spec)]));

  kpi(ast: ProcedureAst, state: State) {
    const spec = specOf(ast);
    return this.runFunction(ast.args, state, this.metadata(engineName(spec)), (...args: unknown[]) =>
      engineResult(callFunction(spec.id, ...args.map(coreArgument)), messageLang));
  }

  kpiSize(ast: ProcedureAst, state: State): ArraySize {
    const sizes = ast.args.map((arg) => this.arraySizeForAst(arg, state));
    const { width, height } = resultSize(specOf(ast), sizes);
    return new ArraySize(width, height);
  }
}

/** Each function's name in the engine's English language: the names formulas are typed with. */
export const KPI_TRANSLATIONS = {
  enGB: Object.fromEntries(FUNCTIONS.map((spec) => [engineName(spec), engineName(spec)])),
};

/** Registers the KPI functions with HyperFormula once per page (registration is global). */
export function registerKpiFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames('enGB').includes(engineName(FUNCTIONS[0]))) return;
  HyperFormula.registerFunctionPlugin(KpiPlugin, KPI_TRANSLATIONS);
}

import { FUNCTIONS } from '../../shared/functions/registry';
import { spills, type FunctionSpec, type ParamSpec } from '../../shared/functions/spec';

/**
 * Excel's custom functions metadata (functions.json), generated from the registry so it can never
 * disagree with the functions. Every parameter is `any` so a blank cell arrives as blank, not 0.
 * The metadata has no per-language text, so descriptions are English; Danish help is in help.html.
 */
export interface ParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: 'any';
  readonly dimensionality: 'scalar' | 'matrix';
  readonly optional?: true;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly result: { readonly type: 'any'; readonly dimensionality: 'scalar' | 'matrix' };
  readonly parameters: readonly ParameterMetadata[];
}

export interface FunctionsMetadata {
  readonly functions: readonly FunctionMetadata[];
}

/** Whether a parameter may receive a range: any argument of an elementwise function, and ranges by kind. */
export function takesRange(spec: FunctionSpec, param: ParamSpec): boolean {
  return spec.mode === 'elementwise' || param.kind === 'numbers' || param.kind === 'grid' || param.kind === 'series' || param.kind === 'flags';
}

function parameter(spec: FunctionSpec, param: ParamSpec): ParameterMetadata {
  return {
    name: param.name,
    description: param.help.en,
    type: 'any',
    dimensionality: takesRange(spec, param) ? 'matrix' : 'scalar',
    ...(param.optional ? { optional: true as const } : {}),
  };
}

export function functionMetadata(spec: FunctionSpec): FunctionMetadata {
  return {
    id: spec.id,
    name: spec.id,
    description: spec.help.en,
    result: { type: 'any', dimensionality: spills(spec) ? 'matrix' : 'scalar' },
    parameters: spec.params.map((param) => parameter(spec, param)),
  };
}

export function functionsMetadata(specs: readonly FunctionSpec[] = FUNCTIONS): FunctionsMetadata {
  return { functions: specs.map(functionMetadata) };
}

/** functions.json as the build writes it; its bytes also version the manifest. */
export function functionsJson(specs: readonly FunctionSpec[] = FUNCTIONS): string {
  return `${JSON.stringify(functionsMetadata(specs), null, 2)}\n`;
}

import type { Lang } from '../../shared/i18n/lang';
import { FUNCTIONS } from '../../shared/functions/registry';
import { spills, type FunctionSpec, type ParamSpec } from '../../shared/functions/spec';

/**
 * Excel's custom functions metadata (functions.json), generated from the registry so it can never
 * disagree with the functions. Every parameter is `any` so a blank cell arrives as blank, not 0.
 * Excel localizes custom functions by one metadata file per language, named for its locale in the
 * manifest ("Custom functions naming and localization"): functions.json in English, and
 * functions-da.json with the registry's Danish help for Danish Excel. Names and ids stay the same
 * in both, so a workbook's formulas read alike in every language.
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
  /** Error cells reach the functions (as error objects), so one bad cell of a range spoils only its own element. */
  readonly allowErrorForDataTypeAny: true;
  readonly functions: readonly FunctionMetadata[];
}

/** Whether a parameter may receive a range: any argument of an elementwise function, and ranges by kind. */
export function takesRange(spec: FunctionSpec, param: ParamSpec): boolean {
  return spec.mode === 'elementwise' || param.kind === 'numbers' || param.kind === 'grid' || param.kind === 'series' || param.kind === 'flags';
}

/** The metadata file of each language, as the manifest names them. */
export const METADATA_FILES: Readonly<Record<Lang, string>> = { en: 'functions.json', da: 'functions-da.json' };

function parameter(spec: FunctionSpec, param: ParamSpec, lang: Lang): ParameterMetadata {
  return {
    name: param.name,
    description: param.help[lang],
    type: 'any',
    dimensionality: takesRange(spec, param) ? 'matrix' : 'scalar',
    ...(param.optional ? { optional: true as const } : {}),
  };
}

export function functionMetadata(spec: FunctionSpec, lang: Lang = 'en'): FunctionMetadata {
  return {
    id: spec.id,
    name: spec.id,
    description: spec.help[lang],
    result: { type: 'any', dimensionality: spills(spec) ? 'matrix' : 'scalar' },
    parameters: spec.params.map((param) => parameter(spec, param, lang)),
  };
}

export function functionsMetadata(specs: readonly FunctionSpec[] = FUNCTIONS, lang: Lang = 'en'): FunctionsMetadata {
  return { allowErrorForDataTypeAny: true, functions: specs.map((spec) => functionMetadata(spec, lang)) };
}

/** functions.json (or a language's file) as the build writes it; the bytes also version the manifest. */
export function functionsJson(specs: readonly FunctionSpec[] = FUNCTIONS, lang: Lang = 'en'): string {
  return `${JSON.stringify(functionsMetadata(specs, lang), null, 2)}\n`;
}

import type { FunctionSpec, ParamSpec } from '../../shared/functions/spec';
import { hostFunctionName } from '../../shared/functions/names';
import type { EntryPoint } from '../entries';

/** The global the bundle is assigned to; every generated function calls into it. */
export const BUNDLE_GLOBAL = 'KpiReview';

const RANGE = 'Array<Array<number>>';

/** The JSDoc type Sheets shows for a parameter: what a cell or range hands over. */
function paramType(spec: FunctionSpec, param: ParamSpec): string {
  switch (param.kind) {
    case 'number':
      return spec.mode === 'elementwise' ? `number|${RANGE}` : 'number';
    case 'option':
      return spec.mode === 'elementwise' ? 'string|Array<Array<string>>' : 'string';
    case 'numbers':
    case 'grid':
      return `number|${RANGE}`;
    case 'series':
      return RANGE;
    case 'flags':
      return 'Array<Array<*>>';
  }
}

function returnType(spec: FunctionSpec): string {
  if (spec.mode === 'elementwise') return 'number|string|Array<Array<number|string>>';
  return spec.returns === 'series' ? 'Array<Array<number|string>>' : 'number|string';
}

/** One line of JSDoc text: no line breaks, and nothing that could close the comment. */
function docText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
}

function jsDoc(lines: readonly string[]): string {
  return ['/**', ...lines.map((line) => ` * ${line}`.trimEnd()), ' */'].join('\n');
}

/**
 * A custom function as Sheets needs it: a real top-level declaration whose JSDoc carries
 * `@customfunction`, the help in English with the Danish after it, and the registry's parameter
 * names, which become the names Sheets shows while typing.
 */
export function customFunctionStub(spec: FunctionSpec): string {
  const names = spec.params.map((param) => param.name);
  const doc = jsDoc([
    docText(spec.help.en),
    `Dansk: ${docText(spec.help.da)}`,
    '',
    ...spec.params.map((param) =>
      `@param {${paramType(spec, param)}} ${param.name} ${param.optional ? 'Optional. ' : ''}${docText(param.help.en)} (${docText(param.help.da)})`),
    `@return {${returnType(spec)}} ${spec.mode === 'whole' && spec.returns === 'value' ? 'One value.' : 'One value, or an array that spills.'}`,
    '@customfunction',
  ]);
  const call = `${BUNDLE_GLOBAL}.runCustomFunction(${JSON.stringify(spec.id)}, [${names.join(', ')}])`;
  return `${doc}\nfunction ${hostFunctionName(spec.id, 'sheets')}(${names.join(', ')}) {\n  return ${call};\n}\n`;
}

/** A trigger, menu handler or sidebar target: a declaration Apps Script can find by name. */
export function entryPointStub(entry: EntryPoint): string {
  const args = [...(entry.fixed ?? []), ...entry.params].join(', ');
  return `${jsDoc([docText(entry.doc)])}\nfunction ${entry.name}(${entry.params.join(', ')}) {\n  return ${BUNDLE_GLOBAL}.${entry.calls}(${args});\n}\n`;
}

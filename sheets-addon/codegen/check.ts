import ts from 'typescript';
import type { FunctionSpec } from '../../shared/functions/spec';
import { hostFunctionName } from '../../shared/functions/names';
import type { EntryPoint } from '../entries';
import { BUNDLE_GLOBAL } from './stubs';

/** A top-level function of Code.js as Apps Script will see it. */
export interface DeclaredFunction {
  readonly name: string;
  readonly params: readonly string[];
  /** Parameter names in the JSDoc `@param` tags, in order. */
  readonly docParams: readonly string[];
  readonly customFunction: boolean;
  /** Members of the bundle global its body uses (`KpiReview.onOpen` → `onOpen`). */
  readonly bundleMembers: readonly string[];
}

export interface ParsedCode {
  readonly functions: readonly DeclaredFunction[];
  /** Statements Apps Script rejects in a script file: import, export. */
  readonly moduleSyntax: readonly string[];
}

function membersOf(node: ts.Node, global: string): string[] {
  const members: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isPropertyAccessExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === global) {
      members.push(child.name.text);
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return members;
}

/** Parses Code.js back, the way a reader of the file would, not the way the build wrote it. */
export function parseCode(code: string, bundleGlobal = BUNDLE_GLOBAL): ParsedCode {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2019, true, ts.ScriptKind.JS);
  const functions: DeclaredFunction[] = [];
  const moduleSyntax: string[] = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement) || exported) {
      moduleSyntax.push(statement.getText(source).slice(0, 60));
    }
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const tags = ts.getJSDocTags(statement);
    functions.push({
      name: statement.name.text,
      params: statement.parameters.map((param) => param.name.getText(source)),
      docParams: tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText(source)),
      customFunction: tags.some((tag) => tag.tagName.text === 'customfunction'),
      bundleMembers: statement.body ? membersOf(statement.body, bundleGlobal) : [],
    });
  }
  return { functions, moduleSyntax };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * What differs between Code.js and what it must declare: each registry function as a custom
 * function with the registry's parameters (in the code and in its JSDoc), each entry point once,
 * nothing else marked `@customfunction`, no module syntax. An empty list means they agree.
 */
export function codeProblems(code: string, functions: readonly FunctionSpec[], entries: readonly EntryPoint[]): string[] {
  const parsed = parseCode(code);
  const problems = parsed.moduleSyntax.map((text) => `module syntax Apps Script rejects: ${text}`);
  const declared = new Map<string, DeclaredFunction[]>();
  for (const fn of parsed.functions) declared.set(fn.name, [...(declared.get(fn.name) ?? []), fn]);
  const expectOne = (name: string): DeclaredFunction | undefined => {
    const found = declared.get(name) ?? [];
    if (found.length !== 1) problems.push(`${name} is declared ${found.length} times, expected once`);
    return found[0];
  };

  for (const spec of functions) {
    const name = hostFunctionName(spec.id, 'sheets');
    const fn = expectOne(name);
    if (!fn) continue;
    const wanted = spec.params.map((param) => param.name);
    if (!same(fn.params, wanted)) problems.push(`${name}(${fn.params.join(', ')}) differs from the registry's (${wanted.join(', ')})`);
    if (!same(fn.docParams, wanted)) problems.push(`${name} documents @param ${fn.docParams.join(', ')}, the registry has ${wanted.join(', ')}`);
    if (!fn.customFunction) problems.push(`${name} lacks @customfunction`);
  }
  for (const entry of entries) {
    const fn = expectOne(entry.name);
    if (fn && !same(fn.params, entry.params)) problems.push(`${entry.name}(${fn.params.join(', ')}) should take (${entry.params.join(', ')})`);
  }
  const customNames = new Set(functions.map((spec) => hostFunctionName(spec.id, 'sheets')));
  for (const fn of parsed.functions) {
    if (fn.customFunction && !customNames.has(fn.name)) problems.push(`${fn.name} is marked @customfunction but is no registry function`);
  }
  return problems;
}

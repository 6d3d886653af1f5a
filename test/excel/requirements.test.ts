import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_REQUIREMENTS, REQUIREMENTS, unsupportedSets } from '../../excel-addin/requirements';

const SOURCE = fileURLToPath(new URL('../../excel-addin/', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && name !== 'requirements.ts' ? [readFileSync(path, 'utf8')] : [];
  });
}

const code = sources(SOURCE).join('\n');
const newer = (a: string, b: string) => a.split('.').map(Number).reduce((order, part, i) => order || part - Number(b.split('.')[i] ?? 0), 0) > 0;

/** APIs with the requirement set that brought them, from Microsoft's requirement-set pages. */
const KNOWN_APIS: readonly [RegExp, string, string][] = [
  [/\bgetItemOrNullObject\(/, 'ExcelApi', '1.4'],
  [/\bgetUsedRangeOrNullObject\(/, 'ExcelApi', '1.4'],
  [/\.conditionalFormats\b/, 'ExcelApi', '1.6'],
  [/\.freezePanes\b/, 'ExcelApi', '1.7'],
  [/\.onChanged\b/, 'ExcelApi', '1.7'],
  [/\.series\.add\(/, 'ExcelApi', '1.7'],
  [/\.setXAxisValues\(/, 'ExcelApi', '1.7'],
  [/\.lineStyle\b/, 'ExcelApi', '1.7'],
  [/\.clearAll\(/, 'ExcelApi', '1.6'],
  [/\bdataValidation\b/, 'ExcelApi', '1.8'],
  [/\bnew CustomFunctions\.Error\(/, 'CustomFunctionsRuntime', '1.2'],
  [/\bOffice\.addin\.showAsTaskpane\(/, 'SharedRuntime', '1.1'],
  [/\.pageLayout\b/, 'ExcelApi', '1.9'],
];

/** An optional set's use, allowed above the declared set when the code asks Office for that set. */
const optionalUse = (set: string, since: string) =>
  OPTIONAL_REQUIREMENTS.some((optional) => optional.name === set && optional.minVersion === since) &&
  code.includes(`isSetSupported('${set}', '${since}')`);

describe('the requirement sets the Excel add-in declares', () => {
  it.each(KNOWN_APIS.map(([api, set, since]) => [String(api), set, since, api] as const))('cover %s (%s %s) where the code uses it', (_, set, since, api) => {
    if (!api.test(code) || optionalUse(set, since)) return;
    const declared = REQUIREMENTS.find((requirement) => requirement.name === set);
    expect(declared, set).toBeDefined();
    expect(newer(since, declared!.minVersion), `${set} ${declared!.minVersion} < ${since}`).toBe(false);
  });

  it('list each use with the version that brought it, no higher than the set declared', () => {
    for (const requirement of REQUIREMENTS) {
      for (const use of requirement.uses) {
        expect(code.includes(use.api), `${use.api} is used`).toBe(true);
        expect(newer(use.since, requirement.minVersion), use.api).toBe(false);
      }
      // The declared version is what some use needs, not more.
      expect(requirement.uses.some((use) => use.since === requirement.minVersion), requirement.name).toBe(true);
    }
  });

  it('ask Office for each optional set before its use, and list each use', () => {
    for (const optional of OPTIONAL_REQUIREMENTS) {
      expect(code, optional.feature).toContain(`isSetSupported('${optional.name}', '${optional.minVersion}')`);
      for (const use of optional.uses) expect(code.includes(use.api), use.api).toBe(true);
    }
  });

  it('name what an older Office lacks, plainly', () => {
    const supported = new Set(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.2']);
    expect(unsupportedSets((name, version) => supported.has(`${name} ${version}`))).toEqual(['ExcelApi 1.8']);
    expect(unsupportedSets(() => true)).toEqual([]);
  });
});

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions/registry';
import { hostFunctionName } from '../../shared/functions/names';
import { TEMPLATE_IDS } from '../../shared/templates';
import { verifyCode } from '../../sheets-addon/build';
import { codeProblems } from '../../sheets-addon/codegen/check';
import { entryPoints, PANE_TARGETS } from '../../sheets-addon/entries';
import { inlineScript } from '../../sheets-addon/sidebar/page';
import { distFile, loadCode } from './code';

const code = distFile('Code.js');
const entries = entryPoints(TEMPLATE_IDS);

/** Top-level declarations read straight from the text, independently of the build's own parser. */
function declarations(text: string): Map<string, { params: string[]; doc: string }> {
  const found = new Map<string, { params: string[]; doc: string }>();
  for (const match of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n^function (\w+)\(([^)]*)\)/gm)) {
    found.set(match[2], { doc: match[1], params: match[3].split(',').map((param) => param.trim()).filter(Boolean) });
  }
  return found;
}

describe('dist/sheets/Code.js', () => {
  it('loads in a context with no Apps Script globals at all', () => {
    const scope = loadCode();
    expect(typeof scope.KpiReview).toBe('object');
  });

  it('calls no service while loading, whatever services exist', () => {
    const touched: string[] = [];
    const service = (name: string) => new Proxy({}, { get: (_, property) => (touched.push(`${name}.${String(property)}`), () => undefined) });
    loadCode({
      SpreadsheetApp: service('SpreadsheetApp'), HtmlService: service('HtmlService'), Session: service('Session'), ScriptApp: service('ScriptApp'),
      Charts: service('Charts'),
    });
    expect(touched).toEqual([]);
  });

  it('declares each KPI function with the registry\'s parameter names, documented and marked @customfunction', () => {
    const declared = declarations(code);
    for (const spec of FUNCTIONS) {
      const stub = declared.get(hostFunctionName(spec.id, 'sheets'));
      const names = spec.params.map((param) => param.name);
      expect(stub?.params, spec.id).toEqual(names);
      expect([...stub!.doc.matchAll(/@param \{[^}]+\} (\w+)/g)].map((match) => match[1]), spec.id).toEqual(names);
      expect(stub!.doc).toContain('@customfunction');
      expect(stub!.doc).toContain(spec.help.en);
      expect(stub!.doc).toContain(spec.help.da);
    }
    expect([...declared.keys()].filter((name) => name.startsWith('KPI_')).sort())
      .toEqual(FUNCTIONS.map((spec) => hostFunctionName(spec.id, 'sheets')).sort());
  });

  it('declares every trigger, menu handler and sidebar target as a top-level function that is not a custom function', () => {
    const declared = declarations(code);
    const scope = loadCode();
    const named = ['onOpen', 'onInstall', 'trackAgreementFromMenu', 'buildDashboardFromMenu', 'trackAgreement', 'buildDashboard'];
    for (const name of [...named, ...Object.keys(PANE_TARGETS), ...entries.map((entry) => entry.name)]) {
      expect(typeof scope[name], name).toBe('function');
      expect(declared.get(name)?.doc, name).not.toContain('@customfunction');
    }
  });

  it('is a plain script: no import or export, the @OnlyCurrentDoc annotation, one global for the bundle', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).toMatch(/^\s*\* @OnlyCurrentDoc$/m);
    expect(code).toMatch(/^var KpiReview = \(\(\) => \{$/m);
  });

  it('passes the build\'s own check', () => {
    expect(codeProblems(code, FUNCTIONS, entries)).toEqual([]);
    expect(() => verifyCode(code)).not.toThrow();
  });
});

describe('the build\'s drift check', () => {
  const rag = 'function KPI_RAG(actual, target, tolerance, direction, language) {';

  it('fails when a stub\'s parameters drift from the registry', () => {
    const drifted = code.replace(rag, 'function KPI_RAG(actual, target, direction, tolerance, language) {');
    expect(codeProblems(drifted, FUNCTIONS, entries)).toEqual([expect.stringContaining('KPI_RAG(actual, target, direction, tolerance, language) differs')]);
    expect(() => verifyCode(drifted)).toThrow(/KPI_RAG/);
  });

  it('fails when the JSDoc documents other parameters', () => {
    const drifted = code.replace('@param {number|Array<Array<number>>} tolerance', '@param {number|Array<Array<number>>} band');
    expect(codeProblems(drifted, FUNCTIONS, entries)).toEqual([expect.stringContaining('KPI_RAG documents @param')]);
  });

  it('fails when a custom function loses @customfunction, is missing, or is declared twice', () => {
    const hidden = code.replace(/( \* @customfunction\n \*\/\nfunction KPI_TREND)/, ' */\nfunction KPI_TREND');
    expect(codeProblems(hidden, FUNCTIONS, entries)).toEqual(['KPI_TREND lacks @customfunction']);
    const missing = code.replace('function KPI_YOY(', 'function KPI_YEAR(');
    expect(codeProblems(missing, FUNCTIONS, entries)).toContain('KPI_YOY is declared 0 times, expected once');
    const twice = `${code}\nfunction KPI_RAG(actual, target, tolerance, direction) {}\n`;
    expect(codeProblems(twice, FUNCTIONS, entries)).toContain('KPI_RAG is declared 2 times, expected once');
  });

  it('fails on module syntax and on an entry point that is gone', () => {
    expect(codeProblems(`${code}\nexport function extra() {}\n`, FUNCTIONS, entries)).toEqual([expect.stringContaining('module syntax')]);
    const withoutMenu = code.replace(/^function promptSaveVersion\(\)/m, 'function promptSave()');
    expect(codeProblems(withoutMenu, FUNCTIONS, entries)).toEqual(['promptSaveVersion is declared 0 times, expected once']);
  });

  it('fails when Code.js needs a service to load, or calls a bundle member that does not exist', () => {
    expect(() => verifyCode(`${code}\nvar sheetAtLoad = SpreadsheetApp.getActiveSpreadsheet();\n`)).toThrow(/does not load without Apps Script services/);
    expect(() => verifyCode(code.replace('KpiReview.saveVersion(reason, lang)', 'KpiReview.saveVersions(reason, lang)')))
      .toThrow(/KpiReview\.saveVersions is not a function/);
    expect(() => verifyCode(code.replace(/\n {4}saveVersion: \(\) => saveVersion,?/, '\n'))).toThrow(/KpiReview\.saveVersion is not a function/);
  });
});

describe('dist/sheets/appsscript.json', () => {
  const manifest = JSON.parse(distFile('appsscript.json'));

  it('runs on V8 with Stackdriver logging and a time zone', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(manifest.timeZone).toMatch(/^\w+\/\w+$/);
  });

  it('asks for the current spreadsheet and the sidebar, nothing more', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });
});

describe('dist/sheets/Sidebar.html', () => {
  const html = distFile('Sidebar.html');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];

  it('holds the pane as one inline script that parses, loading nothing from elsewhere', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toBe('');
    expect(() => new vm.Script(scripts[0][2])).not.toThrow();
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toContain('<main id="kpi-review"></main>');
    expect(scripts[0][2]).toContain('withFailureHandler');
  });

  it('escapes what would end the script element early, keeping the JavaScript the same', () => {
    const source = 'var a = "</script><!-- x"; var b = "</SCRIPT>";';
    const escaped = inlineScript(source);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    const scope = vm.createContext({});
    vm.runInContext(escaped, scope);
    expect(vm.runInContext('a + b', scope)).toBe('</script><!-- x</SCRIPT>');
  });
});

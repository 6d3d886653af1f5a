import { XMLParser } from 'fast-xml-parser';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { baseUrlFromEnvironment, buildExcel } from '../../excel-addin/build';
import { functionsJson } from '../../excel-addin/functions/metadata';
import { DEV_BASE_URL, excelManifest, manifestVersion } from '../../excel-addin/manifest';
import { FUNCTIONS } from '../../shared/functions/registry';
import { DIST } from './bundle';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const rootManifest = () => readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['Control', 'bt:Url', 'bt:String', 'bt:Image', 'ExtensionPoint'].includes(name) });
const parse = (xml: string) => (parser.parse(xml) as { OfficeApp: Node }).OfficeApp;
const at = (node: unknown, ...path: string[]): Node => path.reduce<Node>((current, key) => current?.[key] as Node, node as Node);

/** Every URL anywhere in the XML, attribute or text. */
const urls = (xml: string): string[] => [...xml.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^"<\s]+/gi)].map((match) => match[0])
  .filter((url) => !url.startsWith('http://schemas.microsoft.com/') && !url.startsWith('http://www.w3.org/'));

function describeManifest(xml: string) {
  const app = parse(xml);
  const host = at(app, 'VersionOverrides', 'Hosts', 'Host');
  const points = at(host, 'AllFormFactors', 'ExtensionPoint') as unknown as Node[];
  const functionsPoint = points.find((point) => point['@xsi:type'] === 'CustomFunctions')!;
  const desktop = at(host, 'DesktopFormFactor');
  const ribbon = (at(desktop, 'ExtensionPoint') as unknown as Node[]).find((point) => point['@xsi:type'] === 'PrimaryCommandSurface')!;
  const group = at(ribbon, 'OfficeTab', 'Group');
  const controls = group.Control as Node[];
  const resources = at(app, 'VersionOverrides', 'Resources');
  const urlOf = Object.fromEntries((at(resources, 'bt:Urls')['bt:Url'] as Node[]).map((url) => [url['@id'], url['@DefaultValue']]));
  const strings = [...(at(resources, 'bt:ShortStrings')['bt:String'] as Node[]), ...(at(resources, 'bt:LongStrings')['bt:String'] as Node[])];
  return { app, host, functionsPoint, desktop, ribbon, group, controls, urlOf, strings, resources };
}

const tmp = mkdtempSync(join(tmpdir(), 'kpi-excel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const m0 = () => parse(rootManifest());

describe('manifest.xml', () => {
  const xml = rootManifest();
  const m = describeManifest(xml);

  it('is a Workbook task pane app with ReadWriteDocument that declares every requirement set the code uses', () => {
    expect(m.app['@xsi:type']).toBe('TaskPaneApp');
    expect(at(m.app, 'Hosts', 'Host')['@Name']).toBe('Workbook');
    expect(m.app.Permissions).toBe('ReadWriteDocument');
    const sets = [at(m.app, 'Requirements', 'Sets', 'Set')].flat() as unknown as Node[];
    expect(sets.map((set) => `${set['@Name']} ${set['@MinVersion']}`)).toEqual(['SharedRuntime 1.1', 'ExcelApi 1.8', 'CustomFunctionsRuntime 1.2']);
    expect(m.host['@xsi:type']).toBe('Workbook');
  });

  it('reads in Microsoft’s own manifest reader (office-addin-manifest) as a Workbook task pane app', async () => {
    const info = await OfficeAddinManifest.readManifestFile(join(ROOT, 'manifest.xml'));
    expect(info).toMatchObject({ officeAppType: 'TaskPaneApp', hosts: ['Workbook'], permissions: 'ReadWriteDocument', defaultLocale: 'en-US', displayName: 'KPI Review' });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('puts Runtimes first under the host', () => {
    expect(xml).toMatch(/<Host xsi:type="Workbook">\s*<Runtimes>/);
  });

  it('uses one resid for the runtime, custom functions page, FunctionFile and ShowTaskpane, mapped to the task pane', () => {
    const runtime = at(m.host, 'Runtimes', 'Runtime');
    const show = m.controls.map((control) => at(control, 'Action')).find((action) => action['@xsi:type'] === 'ShowTaskpane')!;
    const resids = [runtime['@resid'], at(m.functionsPoint, 'Page', 'SourceLocation')['@resid'], at(m.desktop, 'FunctionFile')['@resid'], at(show, 'SourceLocation')['@resid']];
    expect(new Set(resids).size).toBe(1);
    expect(runtime['@lifetime']).toBe('long');
    expect(m.urlOf[resids[0] as string]).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(at(m.app, 'DefaultSettings', 'SourceLocation')['@DefaultValue']).toBe(`${DEV_BASE_URL}/taskpane.html`);
  });

  it('declares the custom functions in the KPI namespace with the built script and metadata', () => {
    const namespace = m.strings.find((s) => s['@id'] === at(m.functionsPoint, 'Namespace')['@resid'])!;
    expect(namespace['@DefaultValue']).toBe('KPI');
    expect(m.urlOf[at(m.functionsPoint, 'Script', 'SourceLocation')['@resid'] as string]).toBe(`${DEV_BASE_URL}/functions.js`);
    expect(m.urlOf[at(m.functionsPoint, 'Metadata', 'SourceLocation')['@resid'] as string]).toBe(`${DEV_BASE_URL}/functions.json`);
  });

  it('has a KPI Review group on the Home tab with a pane button, an insert-review button, a check-in button, a track button and a dashboard button', () => {
    expect(at(m.ribbon, 'OfficeTab')['@id']).toBe('TabHome');
    const label = m.strings.find((s) => s['@id'] === at(m.group, 'Label')['@resid'])!;
    expect(label['@DefaultValue']).toBe('KPI Review');
    expect(m.controls.map((control) => at(control, 'Action')['@xsi:type'])).toEqual(['ShowTaskpane', 'ExecuteFunction', 'ExecuteFunction', 'ExecuteFunction', 'ExecuteFunction']);
    expect(at(m.controls[1], 'Action').FunctionName).toBe('insertReviewTemplate');
    expect(at(m.controls[2], 'Action').FunctionName).toBe('checkIn');
    expect(at(m.controls[3], 'Action').FunctionName).toBe('trackAgreement');
    expect(at(m.controls[4], 'Action').FunctionName).toBe('buildDashboard');
  });

  it('has a Danish override for every string, the name and the description', () => {
    for (const s of m.strings) {
      if (s['@id'] === 'Functions.Namespace') continue;
      expect(at(s, 'bt:Override')['@Locale'], String(s['@id'])).toBe('da-DK');
    }
    expect(at(m.app, 'Description', 'Override')['@Locale']).toBe('da-DK');
    expect(at(m.app, 'DisplayName', 'Override')['@Locale']).toBe('da-DK');
    expect(at(m.strings.find((s) => s['@id'] === 'InsertButton.Label'), 'bt:Override')['@Value']).not.toBe(
      m.strings.find((s) => s['@id'] === 'InsertButton.Label')!['@DefaultValue']);
  });

  it('names only https URLs, and every localhost URL is a file the build wrote into dist/excel', () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(8);
    for (const url of all) {
      expect(url).toMatch(/^https:\/\//);
      if (url.startsWith(DEV_BASE_URL)) expect(existsSync(join(DIST, new URL(url).pathname)), url).toBe(true);
    }
  });

  it('gives icons of the sizes it names', () => {
    for (const url of urls(xml).filter((u) => u.endsWith('.png'))) {
      const png = readFileSync(join(DIST, new URL(url).pathname));
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('carries the version derived from the built functions.json and functions-da.json', () => {
    const metadata = ['functions.json', 'functions-da.json'].map((file) => readFileSync(join(DIST, file), 'utf8')).join('');
    expect(at(m.app, 'Version')).toBe(manifestVersion(packageVersion, metadata));
  });
});

describe('the manifest version', () => {
  const json = functionsJson();
  const changed = functionsJson(FUNCTIONS.map((spec, i) => (i === 0 ? { ...spec, help: { ...spec.help, en: `${spec.help.en} Changed.` } } : spec)));
  const record = () => join(mkdtempSync(join(tmp, 'revision-')), 'manifest-revision.json');
  const revision = (version: string) => Number(version.split('.')[3]);

  it('is the package version with a revision, starting at 0', () => {
    expect(manifestVersion('2.3.4', json, record())).toBe('2.3.4.0');
  });

  it('stays the same for the same manifest and functions.json, build after build', () => {
    const file = record();
    const first = manifestVersion(packageVersion, json, file);
    expect(manifestVersion(packageVersion, `${json}`, file)).toBe(first);
  });

  it('rises with every change of the metadata, never goes down, and never comes back to an old number', () => {
    const file = record();
    const versions = [json, changed, functionsJson(FUNCTIONS.slice(1)), json].map((metadata) => manifestVersion(packageVersion, metadata, file));
    expect(versions.map(revision)).toEqual([0, 1, 2, 3]);
  });

  it('starts again at 0 under a new package version, which is higher', () => {
    const file = record();
    manifestVersion('1.2.3', json, file);
    manifestVersion('1.2.3', changed, file);
    expect(manifestVersion('1.3.0', changed, file)).toBe('1.3.0.0');
  });

  it('is kept in the committed record the build reads, which matches the built manifest', () => {
    const kept = JSON.parse(readFileSync(join(ROOT, 'excel-addin', 'manifest-revision.json'), 'utf8')) as { package: string; revision: number };
    expect(at(m0(), 'Version')).toBe(`${kept.package}.${kept.revision}`);
  });
});

describe('the production manifest', () => {
  it('is written by the build for another base URL, with no localhost left', async () => {
    const build = await buildExcel({ outDir: join(tmp, 'excel'), baseUrl: 'https://kpi.example.com/addin/', devManifest: join(tmp, 'dev.xml') });
    const production = readFileSync(join(tmp, 'excel', 'manifest.xml'), 'utf8');
    expect(production).not.toMatch(/localhost/);
    const { urlOf } = describeManifest(production);
    expect(urlOf['Taskpane.Url']).toBe('https://kpi.example.com/addin/taskpane.html');
    for (const url of urls(production)) expect(url.startsWith('https://kpi.example.com/addin/'), url).toBe(true);
    expect(readFileSync(join(tmp, 'dev.xml'), 'utf8')).toBe(rootManifest());
    expect(build.version).toBe(parse(production).Version);
    for (const file of build.files) expect(existsSync(join(tmp, 'excel', file)), file).toBe(true);
  });

  it('takes its base URL from --base-url or KPI_BASE_URL', () => {
    expect(baseUrlFromEnvironment(['node', 'build', '--base-url=https://a.example'], { KPI_BASE_URL: 'https://b.example' })).toBe('https://a.example');
    expect(baseUrlFromEnvironment(['node', 'build'], { KPI_BASE_URL: 'https://b.example' })).toBe('https://b.example');
    expect(baseUrlFromEnvironment(['node', 'build'], {})).toBeUndefined();
  });

  it('refuses a base URL that is not https', () => {
    expect(() => excelManifest({ baseUrl: 'http://kpi.example.com', version: '1.0.0.0' })).toThrow(/https/);
  });
});

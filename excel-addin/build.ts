import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../shared/functions/registry';
import { functionsJson, METADATA_FILES } from './functions/metadata';
import { helpPage } from '../shared/help/page';
import { ICON_SIZES, iconFile, iconPng } from './icons';
import { DEV_BASE_URL, PAGES, excelManifest, manifestVersion } from './manifest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ExcelBuildOptions {
  /** Where the add-in's files go; dist/excel by default. */
  readonly outDir?: string;
  /** The https base URL of a production copy of the manifest (dist/excel/manifest.xml). */
  readonly baseUrl?: string;
  /** Where the development manifest goes; the repository's manifest.xml by default. */
  readonly devManifest?: string;
}

/** esbuild's `sourcemap: 'linked'` writes the map beside the script under this name. */
export const sourceMapOf = (script: string): string => `${script}.map`;

export interface ExcelBuild {
  readonly outDir: string;
  readonly version: string;
  readonly files: readonly string[];
}

/** `KPI_BASE_URL=https://… npm run build` or `npm run build -- --base-url=https://…`. */
export function baseUrlFromEnvironment(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const flag = argv.find((arg) => arg.startsWith('--base-url='));
  return flag ? flag.slice('--base-url='.length) : env.KPI_BASE_URL || undefined;
}

/**
 * Browser scripts: minified IIFEs for the Office webviews (Edge WebView2, Safari), each with its
 * source map beside it so F12 tools and error reports show the TypeScript.
 */
async function bundle(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * Builds dist/excel: functions.js and functions.json from the registry, the task pane page with
 * its script and the ribbon commands, icons, the help page and manifests. Writes the repository's
 * manifest.xml for https://localhost:3000, and a copy in dist/excel for `baseUrl` when given.
 */
export async function buildExcel(options: ExcelBuildOptions = { baseUrl: baseUrlFromEnvironment() }): Promise<ExcelBuild> {
  const outDir = options.outDir ?? join(ROOT, 'dist', 'excel');
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });

  const metadata = functionsJson();
  const danishMetadata = functionsJson(FUNCTIONS, 'da');
  const packageJson = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const version = manifestVersion(packageJson.version, metadata + danishMetadata);

  await Promise.all([
    bundle('excel-addin/functions/register.ts', join(outDir, PAGES.functionsScript)),
    bundle('excel-addin/runtime.ts', join(outDir, PAGES.runtimeScript)),
    writeFile(join(outDir, PAGES.functionsMetadata), metadata),
    writeFile(join(outDir, METADATA_FILES.da), danishMetadata),
    copyFile(join(ROOT, 'excel-addin', 'taskpane', PAGES.taskpane), join(outDir, PAGES.taskpane)),
    writeFile(join(outDir, PAGES.help), helpPage()),
    ...ICON_SIZES.map((size) => writeFile(join(outDir, iconFile(size)), iconPng(size))),
  ]);

  const devManifest = excelManifest({ baseUrl: DEV_BASE_URL, version });
  await writeFile(options.devManifest ?? join(ROOT, 'manifest.xml'), devManifest);
  await writeFile(join(outDir, 'manifest.xml'), options.baseUrl ? excelManifest({ baseUrl: options.baseUrl, version }) : devManifest);

  const scripts = [PAGES.functionsScript, PAGES.runtimeScript];
  const files = [...scripts, ...scripts.map(sourceMapOf), PAGES.functionsMetadata, METADATA_FILES.da, PAGES.taskpane, PAGES.help, 'manifest.xml', ...ICON_SIZES.map(iconFile)];
  return { outDir, version, files };
}

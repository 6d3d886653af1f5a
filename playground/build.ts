import { build } from 'esbuild';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP_PAGE } from '../shared/help/guide';
import { helpPage } from '../shared/help/page';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
export const PLAYGROUND_DIR = join(ROOT, 'dist', 'playground');

/** Said at the top of the bundle and beside it: the playground combines MIT code with HyperFormula (GPL-3.0-only). */
const BANNER = `/*! KPI Review playground. Combines KPI Review (MIT) with HyperFormula (GPL-3.0-only, https://hyperformula.handsontable.com);
 * this bundle as a whole is distributed under the terms of the GNU GPL v3 (see COPYING-GPL-3.txt, LICENSE-hyperformula.txt and docs/playground.md).
 * The Excel and Google Sheets add-ins do not contain HyperFormula. */`;

/**
 * Builds dist/playground: index.html, playground.css and playground.js (the workbook, HyperFormula
 * and the shared review pane in one script, with a source map), all referenced by relative URLs
 * so the folder works at /playground/ or anywhere else.
 */
export async function buildPlayground(outDir: string = PLAYGROUND_DIR): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // The package's main file is hyperformula/commonjs/index.js; its licence sits at the package root.
  const hyperformulaLicence = join(dirname(createRequire(import.meta.url).resolve('hyperformula')), '..', 'LICENSE.txt');
  await Promise.all([
    build({
      entryPoints: [join(HERE, 'main.ts')],
      outfile: join(outDir, 'playground.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      sourcemap: true,
      banner: { js: BANNER },
      legalComments: 'eof',
      logLevel: 'warning',
    }),
    copyFile(join(HERE, 'index.html'), join(outDir, 'index.html')),
    writeFile(join(outDir, HELP_PAGE), helpPage()),
    copyFile(join(HERE, 'playground.css'), join(outDir, 'playground.css')),
    copyFile(hyperformulaLicence, join(outDir, 'LICENSE-hyperformula.txt')),
    copyFile(join(HERE, 'COPYING-GPL-3.txt'), join(outDir, 'COPYING-GPL-3.txt')),
    writeFile(join(outDir, 'NOTICE.txt'), `${BANNER.replace(/^\/\*!? ?| ?\*\/$|^ \* /gm, '')}\n`),
  ]);
}

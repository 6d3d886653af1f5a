import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
/** package.json's `bin` points here. */
export const CLI_FILE = 'kpi-review.js';

/**
 * Builds dist/cli/kpi-review.js: the command and everything it uses in one ES module for Node,
 * so `node dist/cli/kpi-review.js` runs without node_modules. The same file is the script of the
 * worker threads.
 */
export async function buildCli(outDir: string = CLI_DIR): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const outfile = join(outDir, CLI_FILE);
  await build({
    entryPoints: [join(ROOT, 'cli', 'kpi-review.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    legalComments: 'eof',
    logLevel: 'warning',
  });
  // Executable, so npx and an installed `kpi-review` run it through the #! line.
  await chmod(outfile, 0o755);
  return outfile;
}

// `npm install` runs this (package.json's prepare), so `npx kpi-review` works before any full build.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await buildCli();

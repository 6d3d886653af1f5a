import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolCommand } from '../scripts/tools';
import { buildSheets } from './build';
import { CLASP_ROOT_DIR, claspLoginProblem, claspProblem } from './clasp';

/** `npm run push:sheets`: builds dist/sheets and uploads it with clasp to the script in .clasp.json. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const problem = claspProblem(root) ?? claspLoginProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
await buildSheets(path.join(root, CLASP_ROOT_DIR));
// --force: the manifest is ours (sheets-addon/appsscript.json), so clasp need not ask before replacing it.
const { command, args, shell } = toolCommand('clasp', ['push', '--force']);
const clasp = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
process.exit(clasp.status ?? 1);

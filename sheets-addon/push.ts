import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSheets } from './build';

/** `npm run push:sheets`: builds dist/sheets and uploads it with clasp to the script in .clasp.json. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const claspFile = path.join(root, '.clasp.json');
const ROOT_DIR = 'dist/sheets';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(claspFile)) {
  fail([
    'No .clasp.json in the repository root, so clasp does not know which Apps Script project to push to.',
    '  1. cp sheets-addon/.clasp.json.example .clasp.json',
    '  2. put your script id in it (Apps Script editor → Project Settings → Script ID)',
    '  3. npx --yes @google/clasp login   (once per machine)',
    'See docs/sheets.md.',
  ].join('\n'));
}

let settings: { scriptId?: unknown; rootDir?: unknown };
try {
  settings = JSON.parse(readFileSync(claspFile, 'utf8'));
} catch (error) {
  fail(`.clasp.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
}
if (typeof settings.scriptId !== 'string' || !/^[\w-]{20,}$/.test(settings.scriptId)) {
  fail('.clasp.json has no script id: set "scriptId" to the id under Project Settings in the Apps Script editor.');
}
if (path.normalize(String(settings.rootDir ?? '')) !== path.normalize(ROOT_DIR)) {
  fail(`.clasp.json must say "rootDir": "${ROOT_DIR}", or clasp would push the TypeScript sources instead of the build.`);
}

await buildSheets(path.join(root, ROOT_DIR));
// --force: the manifest is ours (sheets-addon/appsscript.json), so clasp need not ask before replacing it.
const clasp = spawnSync('npx', ['--yes', '@google/clasp', 'push', '--force'], { cwd: root, stdio: 'inherit' });
process.exit(clasp.status ?? 1);

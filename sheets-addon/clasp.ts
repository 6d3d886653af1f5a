import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where `clasp push` must take the files from: the build, never the TypeScript sources. */
export const CLASP_ROOT_DIR = 'dist/sheets';

/** Why `.clasp.json` in `root` cannot be pushed with, or `null` when it can. */
export function claspProblem(root: string): string | null {
  const file = path.join(root, '.clasp.json');
  if (!existsSync(file)) {
    return [
      'No .clasp.json in the repository root, so clasp does not know which Apps Script project to push to.',
      '  1. cp sheets-addon/.clasp.json.example .clasp.json',
      '  2. put your script id in it (Apps Script editor → Project Settings → Script ID)',
      '  3. npx --yes @google/clasp login   (once per machine)',
      'See docs/sheets.md.',
    ].join('\n');
  }
  let settings: { scriptId?: unknown; rootDir?: unknown };
  try {
    settings = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `.clasp.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof settings.scriptId !== 'string' || !/^[\w-]{20,}$/.test(settings.scriptId)) {
    return '.clasp.json has no script id: set "scriptId" to the Script ID under Project Settings in the Apps Script editor.';
  }
  if (path.normalize(String(settings.rootDir ?? '')) !== path.normalize(CLASP_ROOT_DIR)) {
    return `.clasp.json must say "rootDir": "${CLASP_ROOT_DIR}", or clasp would push the TypeScript sources instead of the build.`;
  }
  return null;
}

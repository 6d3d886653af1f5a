import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
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
      '  3. npm run login:sheets   (once per machine)',
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

/**
 * Why clasp would refuse for want of a Google login, or `null`. clasp keeps its token in
 * ~/.clasprc.json (or the file `clasp_config_auth` names); without it clasp only says
 * "No credentials found", so the user is told what to run.
 */
export function claspLoginProblem(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string | null {
  const file = env.clasp_config_auth || path.join(home, '.clasprc.json');
  const credentials = existsSync(file) && statSync(file).isDirectory() ? path.join(file, '.clasprc.json') : file;
  if (existsSync(credentials)) return null;
  return [
    'clasp is not logged in to Google on this machine, so it cannot upload the add-on.',
    '  Run `npm run login:sheets` once (it opens a browser to sign in), then `npm run push:sheets` again.',
  ].join('\n');
}

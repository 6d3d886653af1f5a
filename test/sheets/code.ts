import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/sheets');

/** A file of the built add-on, as `clasp push` would upload it. */
export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(file, 'utf8');
}

/** The global scope of a loaded Code.js: its top-level functions and `KpiReview`. */
export type CodeScope = Record<string, (...args: unknown[]) => unknown> & { Error: ErrorConstructor };

/** Loads the built Code.js into a fresh context holding only `globals`, as Apps Script loads it. */
export function loadCode(globals: Record<string, unknown> = {}): CodeScope {
  const context = vm.createContext({ ...globals });
  vm.runInContext(distFile('Code.js'), context, { filename: 'Code.js' });
  return context as CodeScope;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext, type Context } from 'node:vm';

export const DIST = fileURLToPath(new URL('../../dist/excel', import.meta.url));

/** `CustomFunctions` as Excel provides it, recording what the script associates. */
export class StubError {
  constructor(readonly code: string, readonly message?: string) {}
}

export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export type ExcelFunction = (...args: unknown[]) => unknown;

/**
 * Runs a built script in a fresh V8 context holding only what is passed: no DOM, no Office, no
 * Excel unless a test adds them. A script that touches any of them while loading fails here.
 */
export function runBuilt(file: string, globals: Record<string, unknown>): Context {
  const context = createContext({ ...globals });
  runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  return context;
}

export function loadFunctions(): { associated: Map<string, ExcelFunction>; context: Context } {
  const associated = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    associate(id: string, fn: ExcelFunction) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
    Error: StubError,
    ErrorCode: ERROR_CODES,
  };
  const context = runBuilt('functions.js', { CustomFunctions });
  return { associated, context };
}

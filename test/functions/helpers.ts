import { expect } from 'vitest';
import { isKpiError, type ErrorCode } from '../../shared/errors';
import type { FunctionId } from '../../shared/functions/names';
import { callFunction } from '../../shared/functions/registry';

export const call = (id: FunctionId, ...args: unknown[]) => callFunction(id, ...args);

export function expectError(value: unknown, code: ErrorCode, messagePart?: string): void {
  expect(isKpiError(value), `expected ${code}, got ${JSON.stringify(value)}`).toBe(true);
  if (!isKpiError(value)) return;
  expect(value.code).toBe(code);
  if (messagePart) expect(value.message).toContain(messagePart);
}

/** A column range as hosts pass it: one cell per row. */
export const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
/** A row range. */
export const row = (...cells: unknown[]) => [cells];

/** The numbers of a 2-D result, for comparisons with a tolerance. */
export function flat(result: unknown): unknown[] {
  return Array.isArray(result) ? result.flat() : [result];
}

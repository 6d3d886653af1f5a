import fc from 'fast-check';
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

/** Whatever a cell or a JavaScript caller may hand over, huge and tiny numbers included. */
export const anyCell = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, '', null, undefined, true, false, 1e308, -1e308, 5e-324, 1e16),
  fc.string(),
  fc.date(),
  fc.constantFrom('higher', 'lower', 'target', 'Lavere', 'mål', 'median', 'gennemsnit', 'da'),
);
export const anyArg = fc.oneof(
  anyCell,
  fc.array(fc.array(anyCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
  fc.array(fc.oneof(anyCell, fc.array(fc.array(anyCell))), { maxLength: 4 }),
);

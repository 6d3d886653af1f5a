import { ATTAINMENT } from './attainment';
import { BASELINE } from './baseline';
import { HITRATE } from './hitrate';
import type { FunctionId } from './names';
import { PACE } from './pace';
import { RAG } from './rag';
import { ROLLING } from './rolling';
import { runFunction } from './run';
import { SCORE } from './score';
import type { FunctionSpec } from './spec';
import { TREND } from './trend';
import type { FunctionResult } from './values';
import { YOY } from './yoy';

/** Every KPI function, in the order the reference lists them; hosts' metadata is generated from it. */
export const FUNCTIONS: readonly FunctionSpec[] = [RAG, ATTAINMENT, PACE, HITRATE, SCORE, BASELINE, ROLLING, YOY, TREND];

export function functionSpec(id: FunctionId): FunctionSpec {
  const spec = FUNCTIONS.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`unknown KPI function ${id}`);
  return spec;
}

/** Calls a KPI function as a host would: cells or 2-D ranges in, a value or a 2-D array out. */
export function callFunction(id: FunctionId, ...args: unknown[]): FunctionResult {
  return runFunction(functionSpec(id), args);
}

import type { FunctionSpec } from '../../shared/functions/spec';

export interface Size {
  readonly width: number;
  readonly height: number;
}

const ONE: Size = { width: 1, height: 1 };
const isRange = (size: Size | undefined): size is Size => size !== undefined && (size.width > 1 || size.height > 1);

/**
 * How many cells a call fills, from the sizes of its arguments, as the contract says: an
 * elementwise call takes the shape of its ranges, a series result the shape of its series, any
 * other call one cell. The engine reserves this area before computing, so a call spills.
 */
export function resultSize(spec: FunctionSpec, argumentSizes: readonly (Size | undefined)[]): Size {
  if (spec.mode === 'elementwise') return argumentSizes.find(isRange) ?? ONE;
  if (spec.returns !== 'series') return ONE;
  const series = spec.params.findIndex((param) => param.kind === 'series');
  const size = argumentSizes[series];
  return isRange(size) ? size : ONE;
}

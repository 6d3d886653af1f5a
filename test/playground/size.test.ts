import { describe, expect, it } from 'vitest';
import { functionSpec } from '../../shared/functions/registry';
import { resultSize } from '../../playground/engine/size';

const one = { width: 1, height: 1 };
const column = (height: number) => ({ width: 1, height });

describe('the area a KPI call fills', () => {
  it('is the shape of the first range of an elementwise call', () => {
    expect(resultSize(functionSpec('RAG'), [one, column(5), undefined, one])).toEqual(column(5));
    expect(resultSize(functionSpec('RAG'), [one, one])).toEqual(one);
  });

  it('is the shape of the series for a series result, whatever the other arguments', () => {
    expect(resultSize(functionSpec('ROLLING'), [column(24), one, undefined, column(24)])).toEqual(column(24));
    expect(resultSize(functionSpec('YOY'), [{ width: 24, height: 1 }, one])).toEqual({ width: 24, height: 1 });
  });

  it('is one cell for a function that returns one value', () => {
    expect(resultSize(functionSpec('BASELINE'), [column(24), one])).toEqual(one);
    expect(resultSize(functionSpec('HITRATE'), [column(3), column(3)])).toEqual(one);
  });
});

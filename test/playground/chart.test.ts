import { describe, expect, it } from 'vitest';
import { scaleChart } from '../../playground/chart';

describe('the playground chart’s scale', () => {
  it('breaks a line where a month has no number, never drawing it at 0', () => {
    const { series, xs } = scaleChart([[10, 20, '', 40, null]], 400, 100);
    expect(series[0].runs.map((run) => run.length)).toEqual([2, 1]);
    expect(series[0].runs.flat().map(([x]) => x)).toEqual([xs[0], xs[1], xs[3]]);
  });

  it('spreads the months evenly across the width, first at the left and last at the right', () => {
    expect(scaleChart([[1, 2, 3, 4, 5]], 400, 100).xs).toEqual([0, 100, 200, 300, 400]);
  });

  it('puts the lowest tick at the bottom and the highest at the top, every number between them', () => {
    const values = [183, 171, 207, 196];
    const { ticks, series } = scaleChart([values], 400, 100);
    expect(ticks[0]).toBeLessThanOrEqual(Math.min(...values));
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(Math.max(...values));
    const ys = series[0].runs[0].map(([, y]) => y);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    // Higher numbers stand higher: a smaller y.
    expect(ys[2]).toBeLessThan(ys[1]);
  });

  it('steps the axis in round numbers', () => {
    const { ticks } = scaleChart([[0.12, 0.87]], 400, 100);
    const steps = ticks.slice(1).map((tick, i) => Number((tick - ticks[i]).toPrecision(6)));
    expect(new Set(steps).size).toBe(1);
    expect([1, 2, 5]).toContain(Number(String(steps[0]).replace(/[0.]/g, '')));
  });

  it('gives a flat line room above and below, and an empty chart an axis', () => {
    const flat = scaleChart([[4, 4, 4]], 400, 100);
    expect(flat.ticks[0]).toBeLessThan(4);
    expect(flat.ticks[flat.ticks.length - 1]).toBeGreaterThan(4);
    expect(scaleChart([['', '']], 400, 100).series[0].runs).toEqual([]);
    expect(scaleChart([['', '']], 400, 100).ticks.length).toBeGreaterThan(1);
  });

  it('charts each series on one shared scale, so target and actual compare', () => {
    const { series } = scaleChart([[100, 100], [50, 50]], 400, 100);
    expect(series[0].runs[0][0][1]).toBeLessThan(series[1].runs[0][0][1]);
  });
});

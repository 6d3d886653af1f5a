import { describe, expect, it } from 'vitest';
import { call, column, expectError } from './helpers';

describe('KPI.ATTAINMENT', () => {
  it('is 1 on target', () => {
    expect(call('ATTAINMENT', 100, 100)).toBe(1);
  });

  it('rises above 1 as the actual beats the target', () => {
    expect(call('ATTAINMENT', 120, 100)).toBeCloseTo(1.2, 12);
  });

  it('counts less as better when lower is better', () => {
    expect(call('ATTAINMENT', 4, 5, 'lower')).toBeCloseTo(1.2, 12);
    expect(call('ATTAINMENT', 6, 5, 'lavere')).toBeCloseTo(0.8, 12);
  });

  it('scales by |target| for a negative target', () => {
    expect(call('ATTAINMENT', -90, -100)).toBeCloseTo(1.1, 12);
  });

  it('is #DIV/0! against a zero target', () => {
    expectError(call('ATTAINMENT', 5, 0), '#DIV/0!');
  });

  it('is blank when actual or target is blank', () => {
    expect(call('ATTAINMENT', '', 100)).toBe('');
    expect(call('ATTAINMENT', 5, null)).toBe('');
  });

  it('rejects text', () => {
    expectError(call('ATTAINMENT', 5, 'ten'), '#VALUE!', 'target: "ten" is not a number');
  });

  it('spills over ranges', () => {
    const result = call('ATTAINMENT', column(50, 100, null), column(100, 100, 100)) as number[][];
    expect(result).toEqual([[0.5], [1], ['']]);
  });
});

describe('KPI.ATTAINMENT with the direction "target"', () => {
  it('is 1 on target and falls by the relative distance either way', () => {
    expect(call('ATTAINMENT', 100, 100, 'target')).toBe(1);
    expect(call('ATTAINMENT', 110, 100, 'target')).toBeCloseTo(0.9, 12);
    expect(call('ATTAINMENT', 90, 100, 'mål')).toBeCloseTo(0.9, 12);
    expect(call('ATTAINMENT', 300, 100, 'target')).toBeCloseTo(-1, 12);
    expect(call('ATTAINMENT', -90, -100, 'target')).toBeCloseTo(0.9, 12);
  });

  it('gives #DIV/0! on a zero target', () => {
    expectError(call('ATTAINMENT', 5, 0, 'target'), '#DIV/0!');
  });
});

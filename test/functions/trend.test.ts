import { describe, expect, it } from 'vitest';
import { call, column, expectError, row } from './helpers';

describe('KPI.TREND', () => {
  it('is the slope of a straight line', () => {
    expect(call('TREND', column(3, 5, 7, 9))).toBeCloseTo(2, 12);
  });

  it('measures slope against position, so a blank gap counts as time passing', () => {
    expect(call('TREND', row(1, 3, null, 7))).toBeCloseTo(2, 12);
  });

  it('fits only the last `periods` non-blank values', () => {
    expect(call('TREND', column(100, 0, 1, 2), 3)).toBeCloseTo(1, 12);
  });

  it('is the least-squares slope of noisy data', () => {
    expect(call('TREND', column(1, 2, 2, 5))).toBeCloseTo(1.2, 12);
  });

  it('is #N/A with fewer than 2 values', () => {
    expectError(call('TREND', column(5, null)), '#N/A');
  });

  it('rejects periods below 2', () => {
    expectError(call('TREND', column(1, 2, 3), 1), '#NUM!', 'at least 2');
  });
});

import { describe, expect, it } from 'vitest';
import { call, column, expectError, row } from './helpers';

const months = (count: number, first = 1) => column(...Array.from({ length: count }, (_, i) => first + i));

describe('KPI.BASELINE', () => {
  it('is the mean of the last 12 values by default', () => {
    expect(call('BASELINE', months(24))).toBe(18.5);
  });

  it('uses all values when fewer than periods exist', () => {
    expect(call('BASELINE', column(2, 4))).toBe(3);
  });

  it('takes the last `periods` values', () => {
    expect(call('BASELINE', months(10), 3)).toBe(9);
  });

  it('takes the median when asked, in either language', () => {
    expect(call('BASELINE', column(1, 2, 100), 3, 'median')).toBe(2);
    expect(call('BASELINE', column(1, 2, 3, 100), 4, 'MEDIAN')).toBe(2.5);
    expect(call('BASELINE', column(1, 2, 3), 3, 'gennemsnit')).toBe(2);
  });

  it('skips blanks, and the window counts usable values only', () => {
    expect(call('BASELINE', column(10, null, 20, '', 30), 2)).toBe(25);
  });

  it('leaves out periods marked as one-off events', () => {
    const values = column(10, 20, 500, 30);
    expect(call('BASELINE', values, 3, 'mean', column(null, null, 'Black Friday', null))).toBe(20);
    expect(call('BASELINE', values, 3, 'mean', column(false, 0, true, 'FALSE'))).toBe(20);
  });

  it('counts FALSE, 0 and blank marks as not excluded', () => {
    expect(call('BASELINE', column(1, 2, 3), 3, 'mean', column(false, 0, ''))).toBe(2);
  });

  it('reads a row as well as a column', () => {
    expect(call('BASELINE', row(1, 2, 3), 2)).toBe(2.5);
  });

  it('is #N/A when no value is usable', () => {
    expectError(call('BASELINE', column(null, 5), 12, 'mean', column(null, 'x')), '#N/A');
    expectError(call('BASELINE', column(null, '')), '#N/A');
  });

  it('rejects periods that are not whole numbers of at least 1', () => {
    expectError(call('BASELINE', months(3), 0), '#NUM!', 'periods');
    expectError(call('BASELINE', months(3), 2.5), '#NUM!');
    expectError(call('BASELINE', months(3), 'twelve'), '#VALUE!');
  });

  it('rejects a block of several rows and columns', () => {
    expectError(call('BASELINE', [[1, 2], [3, 4]]), '#VALUE!', 'one row or one column');
  });

  it('rejects an exclude range of another shape', () => {
    expectError(call('BASELINE', months(3), 3, 'mean', column(null, null)), '#VALUE!', 'exclude');
  });

  it('rejects an unknown method', () => {
    expectError(call('BASELINE', months(3), 3, 'mode'), '#VALUE!', 'method');
  });

  it('rejects text in the values, naming its position', () => {
    expectError(call('BASELINE', column(1, 'n/a', 3)), '#VALUE!', 'values (row 2, column 1)');
  });
});

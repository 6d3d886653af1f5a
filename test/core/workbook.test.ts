import { describe, expect, it } from 'vitest';
import { cellAddress, columnLetters, rangeAddress, uniqueSheetName } from '../../shared/workbook';

describe('addresses', () => {
  it('letters columns past Z', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('writes 1-based A1 addresses from 0-based indexes', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(9, 2)).toBe('C10');
    expect(rangeAddress(1, 1, 5, 3)).toBe('B2:D6');
    expect(rangeAddress(4, 0, 1, 1)).toBe('A5');
  });
});

describe('uniqueSheetName', () => {
  it('keeps a free name', () => {
    expect(uniqueSheetName('KPI Review', ['Sheet1'])).toBe('KPI Review');
  });

  it('numbers a taken name, case-insensitively', () => {
    expect(uniqueSheetName('KPI Review', ['kpi review'])).toBe('KPI Review (2)');
    expect(uniqueSheetName('KPI Review', ['KPI Review', 'KPI Review (2)'])).toBe('KPI Review (3)');
  });
});

import { describe, expect, it } from 'vitest';
import { findingsOf, kpiTable, ruleCases } from './helpers';

const [headerRow, ...kpiRows] = kpiTable();

ruleCases('no-table', {
  valid: [
    { name: 'a sound table', grid: kpiTable() },
    { name: 'a KPI header with exactly three other known headers', grid: [['KPI', 'Type', 'Owner', 'Target'], ['Sales', 'Lagging', 'Anna', 5]] },
  ],
  invalid: [
    { name: 'an empty grid', grid: [], expected: [{ severity: 'error' }] },
    { name: 'a KPI header with only two other known headers', grid: [['KPI', 'Type', 'Owner', 'Notes'], ['Sales', 'Lagging', 'Anna', 'x']], expected: [{ severity: 'error' }] },
    { name: 'known headers but no KPI header', grid: [headerRow.slice(1), ...kpiRows.map((row) => row.slice(1))], expected: [{ severity: 'error' }] },
    { name: 'repeated headers count once', grid: [['KPI', 'Type', 'Type', 'Type']], expected: [{ severity: 'error' }] },
  ],
});

describe('no-table', () => {
  it('points at no cell, having no header row to point at', () => {
    expect(findingsOf('no-table', [[1, 2], ['a']])).toEqual([
      { rule: 'no-table', severity: 'error', message: 'This sheet has no KPI table. Open the sheet that holds the agreement, or insert the “KPI review” template.' },
    ]);
  });
});

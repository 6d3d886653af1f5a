import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockRuns, lineRuns, styleRuns } from '../../shared/render';
import { reviewSheet } from '../../shared/templates/review';
import { STYLES } from '../../shared/templates/styles';

describe('render planning (shared/render.ts)', () => {
  it('splits a line into runs of equal values', () => {
    expect(lineRuns([90, 90, 160, 90])).toEqual([
      { start: 0, count: 2, value: 90 },
      { start: 2, count: 1, value: 160 },
      { start: 3, count: 1, value: 90 },
    ]);
    expect(lineRuns([])).toEqual([]);
  });

  it('stacks identical runs of consecutive rows into one rectangle, and leaves blank cells out', () => {
    const grid = [
      ['h', 'h', 'h'],
      ['i', 'i', undefined],
      ['i', 'i', undefined],
      ['i', 'x', 'x'],
    ];
    expect(blockRuns(grid, (cell) => cell)).toEqual([
      { range: { row: 0, column: 0, rows: 1, columns: 3 }, key: 'h' },
      { range: { row: 1, column: 0, rows: 2, columns: 2 }, key: 'i' },
      { range: { row: 3, column: 0, rows: 1, columns: 1 }, key: 'i' },
      { range: { row: 3, column: 1, rows: 1, columns: 2 }, key: 'x' },
    ]);
  });

  it('covers every keyed cell exactly once with its own key, whatever the grid', () => {
    const cellKey = fc.constantFrom('a', 'b', undefined);
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cellKey, { minLength: width, maxLength: width }), { maxLength: 8 })), (grid) => {
      const covered = grid.map((line) => line.map(() => 0));
      for (const { range, key } of blockRuns(grid, (cell) => cell)) {
        for (let r = range.row; r < range.row + range.rows; r++) {
          for (let c = range.column; c < range.column + range.columns; c++) {
            expect(grid[r][c]).toBe(key);
            covered[r][c]++;
          }
        }
      }
      grid.forEach((line, r) => line.forEach((cell, c) => expect(covered[r][c]).toBe(cell === undefined ? 0 : 1)));
    }));
  });

  it('gives a template’s style rectangles with the look STYLES names', () => {
    const spec = reviewSheet('en');
    for (const run of styleRuns(spec)) {
      expect(run.style).toBe(STYLES[run.name]);
      expect(spec.cells[run.range.row][run.range.column]?.style).toBe(run.name);
    }
  });
});

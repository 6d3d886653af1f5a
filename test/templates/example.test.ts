import { describe, expect, it } from 'vitest';
import { COLUMNS, column, type ColumnKey } from '../../shared/agreement/columns';
import { callFunction } from '../../shared/functions/registry';
import { LANGS } from '../../shared/i18n/lang';
import { validateAgreement } from '../../shared/index';
import { readAgreement } from '../../shared/validator';
import { exampleReview, exampleTracking } from '../../shared/templates/example';
import { templateValues } from '../../shared/templates/grid';
import { reviewSheet } from '../../shared/templates/review';
import { trackingSheet } from '../../shared/templates/tracking';
import { rowsStartingWith } from './specs';

const shape = (cells: readonly (readonly unknown[])[]) => cells.map((row) => row.length);

describe.each(LANGS)('the example review (%s)', (lang) => {
  const spec = exampleReview(lang);
  const grid = templateValues(spec, 'excel');

  it('passes the validator with no error, warning or note', () => {
    expect(validateAgreement(grid, { lang })).toEqual([]);
  });

  it('is the review template filled in: same shape, same dropdowns, same formulas but the defaults it types over', () => {
    const empty = reviewSheet(lang);
    expect(shape(spec.cells)).toEqual(shape(empty.cells));
    expect(spec.validations).toEqual(empty.validations);
    // Its weights are agreed, not equal shares; its actuals and baselines are typed, as before tracking.
    const [headerRow] = rowsStartingWith(spec, lang === 'en' ? 'No.' : 'Nr.');
    const typedOver = (['weight', 'actual', 'baseline'] as const).map((key) => grid[headerRow].indexOf(column(key).header[lang]));
    const changed = spec.cells.flatMap((row, r) => row.flatMap((cell, c) =>
      cell?.formula === empty.cells[r][c]?.formula ? [] : [{ row: r, column: c, typed: cell?.formula === undefined && cell?.value !== undefined }]));
    expect(changed.length).toBeGreaterThan(0);
    for (const cell of changed) {
      expect(cell.row).toBeGreaterThan(headerRow);
      expect(cell.row).toBeLessThanOrEqual(headerRow + 4);
      expect(typedOver).toContain(cell.column);
      expect(cell.typed).toBe(true);
    }
  });

  it('weighs its KPIs to 100 % and gives each an if-then trigger', () => {
    const [headerRow] = rowsStartingWith(spec, lang === 'en' ? 'No.' : 'Nr.');
    const table = readAgreement(grid).table!;
    expect(table.headerRow).toBe(headerRow);
    expect(table.rows.reduce((sum, row) => sum + (row.weight?.value ?? 0), 0)).toBeCloseTo(1, 9);
    for (const row of table.rows) {
      expect(row.weight?.value).toBeGreaterThan(0);
      expect(row.trigger?.text).toMatch(lang === 'en' ? /^If / : /^Hvis /);
    }
  });

  it('shows all three statuses, as RAG computes them from its rows', () => {
    const [headerRow] = rowsStartingWith(spec, lang === 'en' ? 'No.' : 'Nr.');
    const at = (row: readonly unknown[], key: ColumnKey) => row[1 + COLUMNS.findIndex((column) => column.key === key)];
    const kpiRows = grid.slice(headerRow + 1, headerRow + 6).filter((row) => at(row, 'kpi') !== '');
    expect(kpiRows).toHaveLength(4);
    const statuses = kpiRows.map((row) => callFunction('RAG', at(row, 'actual'), at(row, 'target'), null, at(row, 'direction')));
    expect(new Set(statuses)).toEqual(new Set(['Green', 'Amber', 'Red']));
  });
});

describe.each(LANGS)('the example tracking (%s)', (lang) => {
  const spec = exampleTracking(lang);
  const grid = templateValues(spec, 'excel');
  const months = grid.slice(4);
  const columnOf = (block: number, offset: number) => months.map((row) => [row[1 + block * 6 + offset]]);

  it('is the tracking template filled in, with the first month set and every actual and target typed', () => {
    expect(shape(spec.cells)).toEqual(shape(trackingSheet(lang).cells));
    expect(typeof months[0][0]).toBe('number');
    for (let block = 0; block < 3; block++) {
      for (const offset of [0, 1]) for (const [value] of columnOf(block, offset)) expect(typeof value).toBe('number');
    }
  });

  it('marks exactly one one-off event', () => {
    const marked = [0, 1, 2].flatMap((block) => columnOf(block, 2).flat().filter((value) => value !== ''));
    expect(marked).toHaveLength(1);
  });

  it('tracks the review\'s KPIs, whose rolling baseline at the last month is the agreed baseline', () => {
    const review = templateValues(exampleReview(lang), 'excel');
    for (let block = 0; block < 3; block++) {
      const name = grid[2][1 + block * 6];
      const kpi = review.find((row) => row[1] === name);
      expect(kpi, String(name)).toBeDefined();
      const baseline = kpi![1 + COLUMNS.findIndex((column) => column.key === 'baseline')] as number;
      const rolling = callFunction('ROLLING', columnOf(block, 0), 12, null, columnOf(block, 2)) as unknown[][];
      const last = rolling[rolling.length - 1][0] as number;
      expect(Math.abs(last - baseline) / baseline, String(name)).toBeLessThan(0.02);
    }
  });
});

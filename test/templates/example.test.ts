import { afterEach, describe, expect, it } from 'vitest';
import { column, type ColumnKey } from '../../shared/agreement/columns';
import { callFunction } from '../../shared/functions/registry';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { validateAgreement } from '../../shared/index';
import { readAgreement } from '../../shared/validator';
import { EXAMPLE_KPIS, exampleReview, exampleTracking } from '../../shared/templates/example';
import { templateValues } from '../../shared/templates/grid';
import { reviewSheet } from '../../shared/templates/review';
import { BASELINE_MONTHS, TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { findTrackingBlocks } from '../../shared/tracking/read';
import { planDashboard } from '../../shared/dashboard/layout';
import { formulasOf, trackAgreement } from '../../playground/track';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { rowsStartingWith } from './specs';

const shape = (cells: readonly (readonly unknown[])[]) => cells.map((row) => row.length);
/** A cell as a host reads it back: an empty one as "". */
const read = (value: unknown) => value ?? '';

let books: PlaygroundWorkbook[] = [];
afterEach(() => {
  for (const book of books) book.destroy();
  books = [];
});
const opened = (specs: Parameters<typeof PlaygroundWorkbook.withSheets>[0]) => {
  const book = PlaygroundWorkbook.withSheets(specs);
  books.push(book);
  return book;
};
/** The example workbook as the playground opens it, computed. */
const exampleBook = (lang: Lang) => opened([exampleReview(lang), exampleTracking(lang)]);

const REVIEWS: Record<Lang, ReturnType<typeof exampleReview>> = { en: exampleReview('en'), da: exampleReview('da') };
const headerRowOf = (lang: Lang) => rowsStartingWith(REVIEWS[lang], lang === 'en' ? 'No.' : 'Nr.')[0];
/** A column of the review's table, by its header. */
const columnOf = (key: ColumnKey, lang: Lang) =>
  REVIEWS[lang].cells[headerRowOf(lang)].findIndex((cell) => cell?.value === column(key).header[lang]);

describe.each(LANGS)('the example review (%s)', (lang) => {
  const spec = exampleReview(lang);

  it('passes the validator with no error, warning or note, its numbers read from the tracking sheet', () => {
    expect(validateAgreement(exampleBook(lang).values(spec.sheetName), { lang })).toEqual([]);
  });

  it('is the review template filled in: same shape, same dropdowns, its weights typed, Actual and Baseline linked to tracking', () => {
    const empty = reviewSheet(lang);
    expect(shape(spec.cells)).toEqual(shape(empty.cells));
    expect(spec.validations).toEqual(empty.validations);
    const headerRow = headerRowOf(lang);
    const changed = spec.cells.flatMap((row, r) => row.flatMap((cell, c) =>
      (cell?.formula === empty.cells[r][c]?.formula ? [] : [{ row: r, column: c, formula: cell?.formula }])));
    expect(changed.length).toBeGreaterThan(0);
    for (const cell of changed) {
      expect(cell.row).toBeGreaterThan(headerRow);
      expect(cell.row).toBeLessThanOrEqual(headerRow + EXAMPLE_KPIS.length);
      if (cell.column === columnOf('weight', lang)) expect(cell.formula).toBeUndefined();
      else expect([columnOf('actual', lang), columnOf('baseline', lang)]).toContain(cell.column);
      if (cell.column !== columnOf('weight', lang)) expect(cell.formula).toContain(`'${TRACKING_SHEET_NAME[lang]}'!`);
    }
  });

  it('weighs its KPIs to 100 % and gives each an if-then trigger', () => {
    const table = readAgreement(templateValues(spec, 'excel')).table!;
    expect(table.headerRow).toBe(headerRowOf(lang));
    expect(table.rows.reduce((sum, row) => sum + (row.weight?.value ?? 0), 0)).toBeCloseTo(1, 9);
    for (const row of table.rows) {
      expect(row.weight?.value).toBeGreaterThan(0);
      expect(row.trigger?.text).toMatch(lang === 'en' ? /^If / : /^Hvis /);
    }
  });

  it('shows all three statuses, as RAG computes them from its rows', () => {
    const grid = exampleBook(lang).values(spec.sheetName);
    const kpiRows = grid.slice(headerRowOf(lang) + 1).filter((row) => read(row[columnOf('kpi', lang)]) !== '').slice(0, EXAMPLE_KPIS.length);
    const at = (row: readonly unknown[], key: ColumnKey) => row[columnOf(key, lang)];
    const statuses = kpiRows.map((row) => callFunction('RAG', at(row, 'actual'), at(row, 'target'), null, at(row, 'direction')));
    expect(new Set(statuses)).toEqual(new Set(['Green', 'Amber', 'Red']));
  });
});

describe.each(LANGS)('the example tracking (%s)', (lang) => {
  const review = exampleReview(lang);
  const tracking = exampleTracking(lang);
  const blocksOf = (book: PlaygroundWorkbook) => findTrackingBlocks({ sheetName: tracking.sheetName, values: book.values(tracking.sheetName) });

  it('is what Track this agreement makes of the review as typed at the review, plus the typed months', () => {
    // The review before tracking: the agreed actuals and baselines typed where the links are now.
    const headerRow = headerRowOf(lang);
    const typed = review.cells.map((row, r) => row.map((cell, c) => {
      const entry = EXAMPLE_KPIS[r - headerRow - 1];
      const key = c === columnOf('actual', lang) ? 'actual' : c === columnOf('baseline', lang) ? 'baseline' : undefined;
      return entry && key && cell ? { style: cell.style, numberFormat: cell.numberFormat, value: entry[key] as number } : cell;
    }));
    const book = opened([{ ...review, cells: typed }]);
    const { sheetName } = trackAgreement(book, lang, { year: 2026, month: 12 });
    expect(sheetName).toBe(tracking.sheetName);
    // What each sheet holds of its own (formulas as the engine writes them back, no spilled results), on both sides.
    const example = exampleBook(lang);
    const cells = (from: PlaygroundWorkbook, sheet: string) => formulasOf(from, sheet).map((row, r) =>
      row.map((cell, c) => (from.isSpilled(sheet, { row: r, column: c }) ? '' : read(cell))));
    expect(cells(book, review.sheetName)).toEqual(cells(example, review.sheetName));

    const made = cells(book, sheetName);
    const typedMonths = cells(example, sheetName);
    expect(shape(made)).toEqual(shape(typedMonths));
    const blocks = blocksOf(example);
    const monthCell = (r: number, c: number) => blocks.some((block) => r >= block.firstMonthRow && r <= block.lastMonthRow
      && (c === block.columns.actual || c === block.columns.oneOff));
    const differing = made.flatMap((row, r) => row.flatMap((value, c) => (value === typedMonths[r][c] ? [] : [{ r, c, value }])));
    expect(differing.length).toBeGreaterThan(0);
    for (const { r, c, value } of differing) {
      expect(value).toBe('');
      expect(monthCell(r, c), `${r},${c}`).toBe(true);
    }
  });

  it('has a block per KPI of the review with every baseline month and the period up to June typed, and one one-off event', () => {
    const book = exampleBook(lang);
    const blocks = blocksOf(book);
    expect(blocks.map((block) => block.name)).toEqual(EXAMPLE_KPIS.map((entry) => (entry.kpi as { en: string; da: string })[lang]));
    const value = (row: number, c: number) => book.value(tracking.sheetName, { row, column: c });
    const oneOffs: unknown[] = [];
    for (const block of blocks) {
      const actuals = Array.from({ length: block.lastMonthRow - block.firstMonthRow + 1 }, (_, i) => value(block.firstMonthRow + i, block.columns.actual));
      expect(actuals.slice(0, BASELINE_MONTHS + 6).every((actual) => typeof actual === 'number'), block.name).toBe(true);
      expect(actuals.slice(BASELINE_MONTHS + 6).every((actual) => read(actual) === ''), block.name).toBe(true);
      expect(value(block.periodFirstRow + 5, block.columns.month)).toBe(book.value(tracking.sheetName, block.summary.latestMonth));
      for (let row = block.firstMonthRow; row <= block.lastMonthRow; row++) {
        if (read(value(row, block.columns.oneOff)) !== '') oneOffs.push(value(row, block.columns.oneOff));
      }
    }
    expect(oneOffs).toEqual(['Black Friday']);
  });

  it('computes the agreed baselines and the review\'s actuals, which the review and the dashboard read from it', () => {
    const book = exampleBook(lang);
    const headerRow = headerRowOf(lang);
    const blocks = blocksOf(book);
    EXAMPLE_KPIS.forEach((entry, index) => {
      const block = blocks[index];
      const at = (key: ColumnKey) => book.value(review.sheetName, { row: headerRow + 1 + index, column: columnOf(key, lang) });
      expect(book.value(tracking.sheetName, block.summary.baseline) as number, block.name).toBeCloseTo(entry.baseline as number, 9);
      expect(book.value(tracking.sheetName, block.summary.latestActual), block.name).toBe(entry.actual);
      expect(at('baseline')).toBe(book.value(tracking.sheetName, block.summary.baseline));
      expect(at('actual')).toBe(entry.actual);
    });
    // The dashboard finds every KPI's block, and charts each.
    const dashboard = planDashboard([{ sheetName: tracking.sheetName, values: book.values(tracking.sheetName) }], [], {
      lang, sheetNames: book.sheetNames(), today: '2027-07-01',
    });
    expect(dashboard.ok && [dashboard.statusRows.count, dashboard.charts.length]).toEqual([EXAMPLE_KPIS.length, EXAMPLE_KPIS.length]);
    // A month typed later on the tracking sheet is the review's Actual from then on.
    const [first] = blocks;
    book.setInput(tracking.sheetName, { row: first.periodFirstRow + 6, column: first.columns.actual }, '4.1');
    expect(book.value(review.sheetName, { row: headerRow + 1, column: columnOf('actual', lang) })).toBe(4.1);
  });
});

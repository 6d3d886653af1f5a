import { describe, expect, it } from 'vitest';
import { DIRECTION_VALUES, column } from '../../shared/agreement/columns';
import { LANGS } from '../../shared/i18n/lang';
import { dateSerial, labelsOf } from '../../shared/templates/grid';
import { reviewSheet } from '../../shared/templates/review';
import { TEMPLATE_BLOCKS, trackingTemplate } from '../../shared/templates/tracking';
import { BASELINE_MONTHS, FIRST_MONTH_CELL, SUMMARY_LABELS, TRACKING_SHEET_NAME, YTD_MODES } from '../../shared/tracking/layout';
import { findTrackingBlocks } from '../../shared/tracking/read';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { cellAt, rowsStartingWith, TEMPLATE_MONTH } from './specs';

describe.each(LANGS)('the blank tracking template (%s)', (lang) => {
  const spec = trackingTemplate(lang, TEMPLATE_MONTH);
  /** Rows of the blocks' summary labels: one per block, the name row above each. */
  const labelRows = rowsStartingWith(spec, SUMMARY_LABELS[0][lang]);

  it('is the tracking sheet Track writes, under its name, with blocks for the user to fill in', () => {
    expect(spec.id).toBe('tracking');
    expect(spec.sheetName).toBe(TRACKING_SHEET_NAME[lang]);
    expect(labelRows).toHaveLength(TEMPLATE_BLOCKS);
  });

  it('starts its months in January of the year it is inserted in', () => {
    expect(cellAt(spec, FIRST_MONTH_CELL.row, FIRST_MONTH_CELL.column)).toMatchObject({ style: 'input', value: dateSerial(TEMPLATE_MONTH.year, 1) });
    expect(trackingTemplate(lang, { year: 2031, month: 6 }).cells[FIRST_MONTH_CELL.row][FIRST_MONTH_CELL.column]?.value).toBe(dateSerial(2031, 1));
  });

  it('lets the user type each block\'s name, target and direction, the direction from a dropdown', () => {
    const directions = labelsOf(DIRECTION_VALUES, lang);
    for (const labels of labelRows) {
      const [name, target, direction] = [cellAt(spec, labels - 1, 0), cellAt(spec, labels + 1, 0), cellAt(spec, labels + 1, 1)];
      for (const cell of [name, target, direction]) expect(cell).toMatchObject({ style: 'input' });
      for (const cell of [name, target, direction]) expect(cell?.formula).toBeUndefined();
      expect(name?.value).toBeUndefined();
      expect(spec.validations).toContainEqual({ range: { row: labels + 1, column: 1, rows: 1, columns: 1 }, values: directions });
    }
  });

  it('is read as blocks only once named, and then computes from what is typed; the review template reads it by name', () => {
    const review = reviewSheet(lang);
    const book = PlaygroundWorkbook.withSheets([review, spec]);
    const sheet = spec.sheetName;
    const blocksNow = () => findTrackingBlocks({ sheetName: sheet, values: book.values(sheet) });
    expect(blocksNow()).toEqual([]);

    const [, second] = labelRows;
    book.setInput(sheet, { row: second - 1, column: 0 }, 'Resolved cases');
    book.setInput(sheet, { row: second + 1, column: 0 }, '200');
    book.setInput(sheet, { row: second + 1, column: 1 }, DIRECTION_VALUES.find((value) => value.id === 'higher')!.label[lang]);
    book.setInput(sheet, { row: second + 1, column: 2 }, YTD_MODES.sum[lang]);
    const [block] = blocksNow();
    expect(block).toMatchObject({ name: 'Resolved cases', kpiRow: second - 1 });
    expect(block.lastMonthRow - block.firstMonthRow + 1).toBe(BASELINE_MONTHS + 12);
    for (let month = 0; month < BASELINE_MONTHS; month++) book.setInput(sheet, { row: block.firstMonthRow + month, column: block.columns.actual }, '180');
    book.setInput(sheet, { row: block.periodFirstRow, column: block.columns.actual }, '190');
    book.setInput(sheet, { row: block.periodFirstRow + 1, column: block.columns.actual }, '215');

    expect(book.value(sheet, { row: block.periodFirstRow, column: block.columns.month })).toBe(dateSerial(TEMPLATE_MONTH.year, 1));
    expect(book.value(sheet, block.summary.baseline)).toBe(180);
    expect(book.value(sheet, block.summary.latestActual)).toBe(215);
    expect(book.value(sheet, block.summary.latestYtd)).toBe(405);
    expect(book.value(sheet, block.summary.latestRag)).toBe(lang === 'en' ? 'Green' : 'Grøn');

    // The review's first KPI row, named as the block: its Actual and Baseline come from the block.
    const [headerRow] = rowsStartingWith(review, lang === 'en' ? 'No.' : 'Nr.');
    const at = (key: 'kpi' | 'actual' | 'baseline') => ({ row: headerRow + 1, column: review.cells[headerRow].findIndex((cell) => cell?.value === column(key).header[lang]) });
    book.setInput(review.sheetName, at('kpi'), 'Resolved cases');
    expect(book.value(review.sheetName, at('actual'))).toBe(215);
    expect(book.value(review.sheetName, at('baseline'))).toBe(180);
  });
});

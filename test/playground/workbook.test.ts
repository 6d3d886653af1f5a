import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_LOG, HISTORY_SHEET_NAME, historyHeader, historyNumberFormats } from '../../shared/history';
import { buildTemplate, exampleReview, exampleTracking, FORMATS, templateValues } from '../../shared/templates';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { TEMPLATE_MONTH } from '../templates/specs';

let workbook: PlaygroundWorkbook;
afterEach(() => workbook?.destroy());

const find = (grid: unknown[][], text: string) => {
  const row = grid.findIndex((line) => line.includes(text));
  return { row, column: grid[row].indexOf(text) };
};

describe('the playground workbook', () => {
  it('opens the example sheets with the first active', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('da'), exampleTracking('da')]);
    expect(workbook.sheetNames()).toEqual([exampleReview('da').sheetName, exampleTracking('da').sheetName]);
    expect(workbook.activeSheet).toBe(exampleReview('da').sheetName);
  });

  it('computes the example\'s RAG statuses from its actuals and targets', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en'), exampleTracking('en')]);
    const grid = workbook.values(workbook.activeSheet);
    const status = find(grid, 'Status');
    // First reply 4.3 h against 4 (lower is better, 10 % band): Amber; resolved 205 against 200: Green.
    expect(grid.slice(status.row + 1, status.row + 5).map((row) => row[status.column])).toEqual(['Amber', 'Green', 'Amber', 'Red']);
  });

  it('keeps template text as text and formulas as formulas', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    const spec = exampleReview('en');
    const values = templateValues(spec, 'excel');
    const status = find(values as unknown[][], 'Status');
    expect(workbook.input(spec.sheetName, { row: status.row + 1, column: status.column })).toMatch(/^=IF\(OR\(.*KPI\.RAG\(/);
    const period = find(values as unknown[][], '2027');
    expect(workbook.value(spec.sheetName, period)).toBe('2027');
  });

  it('spills the tracking sheet\'s rolling baseline down its months', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en'), exampleTracking('en')]);
    const name = exampleTracking('en').sheetName;
    const grid = workbook.values(name);
    // The first block: 12 baseline months and the period's 12, actuals typed up to its sixth month.
    const header = find(grid, 'Rolling baseline');
    const column = grid.slice(header.row + 1, header.row + 25).map((row) => row[header.column]);
    expect(column.slice(0, 11).every((cell) => cell === '')).toBe(true);
    expect(column.slice(11, 18).every((cell) => typeof cell === 'number')).toBe(true);
    expect(column.slice(18).every((cell) => cell === '')).toBe(true);
    expect(workbook.isSpilled(name, { row: header.row + 13, column: header.column })).toBe(true);
    const months = `B${header.row + 2}:B${header.row + 25}`;
    expect(workbook.input(name, { row: header.row + 1, column: header.column })).toMatch(new RegExp(`^=\\(IF\\(${months}="","",KPI\\.ROLLING\\(`));
  });

  it('inserts a template under a new name, never over a sheet, and activates it', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    const name = workbook.addTemplate(buildTemplate('review', 'en', TEMPLATE_MONTH));
    expect(name).toBe('KPI Review (2)');
    expect(workbook.activeSheet).toBe(name);
    expect(workbook.look(name)?.validations.length).toBeGreaterThan(0);
  });

  it('takes typed input: formulas, numbers, ISO dates and text', () => {
    workbook = PlaygroundWorkbook.withSheets([buildTemplate('library', 'en', TEMPLATE_MONTH)]);
    const name = workbook.activeSheet;
    workbook.setInput(name, { row: 40, column: 0 }, '=KPI.RAG(95,100)');
    workbook.setInput(name, { row: 40, column: 1 }, '12.5');
    workbook.setInput(name, { row: 40, column: 2 }, '2027-12-31');
    workbook.setInput(name, { row: 40, column: 3 }, '<img src=x onerror="window.__xss=1">');
    const row = workbook.values(name)[40];
    expect(row.slice(0, 4)).toEqual(['Amber', 12.5, 46752, '<img src=x onerror="window.__xss=1">']);
    expect(workbook.numberFormat(name, { row: 40, column: 2 })).toBe(FORMATS.general);
  });

  it('shows a percentage typed into a cell without a format as one, as Excel does', () => {
    workbook = PlaygroundWorkbook.withSheets([buildTemplate('library', 'en', TEMPLATE_MONTH)]);
    const name = workbook.activeSheet;
    const at = { row: 40, column: 1 };
    workbook.setInput(name, at, '80 %', 'da');
    expect(workbook.value(name, at)).toBe(0.8);
    expect(workbook.numberFormat(name, at)).toBe(FORMATS.percent);
    // The formula bar shows it as typed, so typing it again changes nothing.
    expect(workbook.input(name, at, 'da')).toBe('80 %');
  });

  it('tells listeners about every change', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    let changes = 0;
    workbook.onChange(() => changes++);
    workbook.setInput(workbook.activeSheet, { row: 0, column: 0 }, 'x');
    workbook.addTemplate(buildTemplate('checklist', 'en', TEMPLATE_MONTH));
    expect(changes).toBe(2);
  });

  it('appends history under one header, keeping the active sheet, and keeps text like "=1+1" as text', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('da')]);
    const active = workbook.activeSheet;
    workbook.appendLog(HISTORY_LOG, [['2026-12-08 10:00', '=1+1', active]], 'da');
    const name = workbook.appendLog(HISTORY_LOG, [['2026-12-09 10:00', 'second', active]], 'da');
    expect(name).toBe(HISTORY_SHEET_NAME.da);
    expect(workbook.activeSheet).toBe(active);
    const rows = workbook.values(name);
    expect(rows[0]).toEqual(historyHeader('da'));
    expect(rows.slice(1).map((row) => row.slice(0, 2))).toEqual([['2026-12-08 10:00', '=1+1'], ['2026-12-09 10:00', 'second']]);
  });

  it('shows saved deadlines in the history as dates, by the shared history formats', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    const name = workbook.appendLog(HISTORY_LOG, [['2026-12-08 10:00', 'why', 'KPI Review']], 'en');
    const deadline = historyHeader('en').indexOf('Deadline');
    expect(workbook.numberFormat(name, { row: 1, column: deadline })).toBe(historyNumberFormats()[deadline]);
    expect(historyNumberFormats()[deadline]).toBe(FORMATS.date);
  });
});

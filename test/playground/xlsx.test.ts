import { RAG_WORDS } from '../../shared/functions/rag';
import { Workbook } from '@cj-tech-master/excelts';
import { afterEach, describe, expect, it } from 'vitest';
import { readXlsx } from '../../cli/xlsx';
import { validateAgreement } from '../../shared/index';
import { REVIEW_ROWS, exampleReview, exampleTracking, librarySheet, reviewSheet, trackingTemplate, type TemplateSpec } from '../../shared/templates';
import { TEMPLATE_MONTH } from '../templates/specs';
import { TRACKING_SHEET_NAME, sheetRef } from '../../shared/tracking/layout';
import { workbookToXlsx, xlsxToWorkbook } from '../../playground/xlsx';
import { PlaygroundWorkbook } from '../../playground/workbook';

/** "Download as .xlsx" and "Open .xlsx": the playground's workbook as a real file and back. */

const books: PlaygroundWorkbook[] = [];
const example = () => {
  const book = PlaygroundWorkbook.withSheets([exampleReview('da'), exampleTracking('da')]);
  books.push(book);
  return book;
};
afterEach(() => books.splice(0).forEach((book) => book.destroy()));

/** The status words of both languages: the example is Danish, so its RAG formulas write Grøn / Gul / Rød. */
const STATUS_WORDS: string[] = Object.values(RAG_WORDS).flatMap((words) => Object.values(words));

describe('writing the playground workbook as .xlsx', () => {
  it('stores every value the playground shows, formulas with their last results', async () => {
    const book = example();
    const sheets = await readXlsx(await workbookToXlsx(book));
    expect(sheets.map((sheet) => sheet.name)).toEqual(book.sheetNames());
    const review = sheets[0].grid;
    const shown = book.values(book.sheetNames()[0]);
    // The status column's KPI.RAG formulas: their results are in the file, not just their text.
    const statusColumn = shown.find((row) => row.includes('Status'))?.indexOf('Status') ?? -1;
    const statuses = shown.map((row) => row[statusColumn]).filter((value) => typeof value === 'string' && STATUS_WORDS.includes(value));
    expect(statuses.length).toBeGreaterThan(0);
    expect(review.map((row) => row[statusColumn]).filter((value) => typeof value === 'string' && STATUS_WORDS.includes(value))).toEqual(statuses);
    expect(validateAgreement(review, { lang: 'da' })).toEqual([]);
  });

  it('keeps the formulas’ text, number formats, widths, frozen rows, dropdowns and RAG fills', async () => {
    const book = example();
    // The library's headers stay in view: a sheet with frozen rows.
    const library = book.addTemplate(librarySheet('da'));
    const name = book.sheetNames()[0];
    const file = new Workbook();
    await file.xlsx.load(await workbookToXlsx(book));
    const sheet = file.getWorksheet(name);
    const look = book.look(name);
    if (!sheet || !look) throw new Error('no review sheet');
    const formulaCell = book.values(name).flatMap((row, r) => row.map((_, c) => ({ row: r, column: c }))).find((at) => book.formula(name, at)?.includes('KPI.RAG('));
    if (!formulaCell) throw new Error('no KPI.RAG formula');
    expect((sheet.getCell(formulaCell.row + 1, formulaCell.column + 1).value as { formula: string }).formula).toBe(book.formula(name, formulaCell)?.slice(1));
    expect(file.getWorksheet(library)?.views[0]).toMatchObject({ state: 'frozen', ySplit: book.look(library)?.frozenRows });
    expect(sheet.getColumn(2).width).toBeCloseTo((look.columnWidths[1] - 5) / 7);
    const lists = Object.values((sheet.dataValidations as unknown as { model: Record<string, { formulae: string[] }> }).model).map((v) => v.formulae[0]);
    for (const { values } of look.validations) expect(lists).toContain(`"${values.join(',')}"`);
  });

  it('saves a formula over a sheet the file lacks as its value, and keeps it once that sheet is there', async () => {
    const overTracking = async (sheets: TemplateSpec[]) => {
      const book = PlaygroundWorkbook.withSheets(sheets);
      books.push(book);
      const name = sheets[0].sheetName;
      const file = new Workbook();
      await file.xlsx.load(await workbookToXlsx(book));
      const cells = book.values(name).flatMap((row, r) => row.map((_, c) => ({ row: r, column: c })))
        .filter((at) => book.formula(name, at)?.includes(sheetRef(TRACKING_SHEET_NAME.en)));
      expect(cells).toHaveLength(2 * REVIEW_ROWS.kpis);
      return cells.map((at) => file.getWorksheet(name)?.getCell(at.row + 1, at.column + 1).value ?? null);
    };
    expect(new Set(await overTracking([reviewSheet('en')]))).toEqual(new Set([null]));
    const kept = await overTracking([reviewSheet('en'), trackingTemplate('en', TEMPLATE_MONTH)]);
    for (const value of kept) expect((value as { formula: string }).formula).toContain(sheetRef(TRACKING_SHEET_NAME.en));
  });
});

describe('opening an .xlsx file in the playground', () => {
  it('gives back the sheets, values and looks it was written with', async () => {
    const book = example();
    const opened = await xlsxToWorkbook(await workbookToXlsx(book));
    books.push(opened);
    expect(opened.sheetNames()).toEqual(book.sheetNames());
    for (const name of book.sheetNames()) {
      expect(opened.values(name)).toEqual(book.values(name));
      const [before, after] = [book.look(name), opened.look(name)];
      expect(after?.frozenRows).toBe(before?.frozenRows);
      expect(after?.validations).toEqual(expect.arrayContaining(before?.validations.map((v) => expect.objectContaining({ values: v.values })) ?? []));
      expect(after?.conditionalFills).toEqual(expect.arrayContaining([...(before?.conditionalFills ?? [])]));
    }
  });

  it('recalculates the opened formulas: a changed actual changes its status', async () => {
    const book = example();
    const opened = await xlsxToWorkbook(await workbookToXlsx(book));
    books.push(opened);
    const name = opened.sheetNames()[0];
    const values = opened.values(name);
    const header = values.findIndex((row) => row.includes('Faktisk'));
    const [actual, status] = [values[header].indexOf('Faktisk'), values[header].indexOf('Status')];
    opened.setInput(name, { row: header + 1, column: actual }, '1000');
    expect(opened.values(name)[header + 1][status]).toBe(RAG_WORDS.da.Red);
  });
});

import { describe, expect, it } from 'vitest';
import { insertTemplate } from '../../excel-addin/adapter/write-template';
import { styleRuns } from '../../shared/render';
import { templateNumberFormats, templateValues } from '../../shared/templates/grid';
import { REVIEW_ROWS, reviewSheet } from '../../shared/templates/review';
import { TRACKING_SHEET_NAME, sheetRef } from '../../shared/tracking/layout';
import { STYLES } from '../../shared/templates/styles';
import type { TemplateSpec } from '../../shared/templates/spec';
import { rangeAddress } from '../../shared/workbook';
import { FakeExcel, FakeSheet } from './fakes';
import { doubled, trickySpec } from './specs';

async function inserted(spec: TemplateSpec, ...existing: FakeSheet[]) {
  const excel = new FakeExcel(...existing);
  const { sheetName } = await insertTemplate(excel.context, spec);
  return { excel, sheetName, sheet: excel.sheet(sheetName) };
}

const everyCell = (spec: TemplateSpec) =>
  spec.cells.flatMap((line, row) => line.map((cell, column) => ({ cell, row, column })));

describe('inserting a template into Excel', () => {
  const review = reviewSheet('en');

  it('writes every value and formula of the review at its own cell, formulas in Excel syntax', async () => {
    const { sheet } = await inserted(review, new FakeSheet(TRACKING_SHEET_NAME.en));
    const expected = templateValues(review, 'excel');
    for (const { cell, row, column } of everyCell(review)) {
      if (cell?.formula !== undefined) {
        expect(sheet.peek(row, column)?.input).toBe(expected[row][column]);
        expect(String(sheet.peek(row, column)?.input)).toMatch(/^=/);
      } else {
        expect(sheet.value(row, column)).toBe(expected[row][column]);
      }
    }
    expect([...sheet.cells.values()].some((cell) => String(cell.input).includes('KPI.RAG('))).toBe(true);
  });

  it('leaves out the formulas over a tracking sheet not there yet (Excel would read it as another workbook), keeping the rest', async () => {
    const { sheet } = await inserted(review);
    const expected = templateValues(review, 'excel');
    const overTracking = everyCell(review).filter(({ cell }) => cell?.formula?.includes(sheetRef(TRACKING_SHEET_NAME.en)));
    expect(overTracking).toHaveLength(2 * REVIEW_ROWS.kpis);
    for (const { row, column } of overTracking) {
      expect(sheet.value(row, column)).toBe('');
    }
    const kept = everyCell(review).filter(({ cell }) => cell?.formula !== undefined && !overTracking.some((over) => over.cell === cell));
    expect(kept.length).toBeGreaterThan(0);
    for (const { row, column } of kept) expect(sheet.peek(row, column)?.input).toBe(expected[row][column]);
  });

  it('gives every cell its number format, General where the template names none', async () => {
    const { sheet } = await inserted(review);
    const formats = templateNumberFormats(review);
    for (const { row, column } of everyCell(review)) expect(sheet.peek(row, column)?.numberFormat).toBe(formats[row][column]);
    expect(new Set(formats.flat()).size).toBeGreaterThan(1);
  });

  it('gives every styled cell its look and leaves unstyled cells at Excel defaults', async () => {
    const { sheet } = await inserted(review);
    for (const { cell, row, column } of everyCell(review)) {
      const written = sheet.peek(row, column) ?? {};
      const style = cell?.style ? STYLES[cell.style] : {};
      expect({ fill: written.fill, fontColor: written.fontColor, bold: written.bold, italic: written.italic, fontSize: written.fontSize, wrap: written.wrap })
        .toEqual({ fill: style.fill, fontColor: style.fontColor, bold: style.bold, italic: style.italic, fontSize: style.fontSize, wrap: style.wrap });
    }
  });

  it('adds a dropdown for every list of the template, at its range', async () => {
    const { sheet } = await inserted(review);
    expect(sheet.validations).toHaveLength(review.validations.length);
    review.validations.forEach((validation, i) => {
      const { row, column, rows, columns } = validation.range;
      expect(sheet.validations[i].address).toBe(rangeAddress(row, column, rows, columns));
      expect(sheet.validations[i].rule).toEqual({ list: { inCellDropDown: true, source: validation.values.join(',') } });
      // Off-list values are warned about, not refused: the other language's word may be typed.
      expect(sheet.validations[i].errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });
    });
  });

  it('colours Green, Amber and Red status cells with conditional formats on the status range', async () => {
    const { sheet } = await inserted(review);
    expect(review.conditionalFills.map((fill) => fill.equals).sort()).toEqual(['Amber', 'Green', 'Grøn', 'Gul', 'Red', 'Rød']);
    expect(sheet.conditionalFormats).toEqual(review.conditionalFills.map((fill) => ({
      address: rangeAddress(fill.range.row, fill.range.column, fill.range.rows, fill.range.columns),
      type: 'CellValue',
      fill: fill.fill,
      fontColor: fill.fontColor,
      rule: { formula1: `="${fill.equals}"`, operator: 'EqualTo' },
    })));
  });

  it('sets column widths in points, three quarters of the template pixels', async () => {
    const { sheet } = await inserted(review);
    review.columnWidths.forEach((pixels, column) => expect(sheet.columnWidths.get(column)).toBe(pixels * 0.75));
    expect(sheet.columnWidths.size).toBe(review.columnWidths.length);
  });

  it('freezes the rows the template asks for and no other', async () => {
    expect((await inserted(trickySpec())).sheet.frozenRows).toBe(1);
    expect((await inserted({ ...trickySpec(), frozenRows: 0 })).sheet.frozenRows).toBe(0);
  });

  describe('print setup (Worksheet.pageLayout, ExcelApi 1.9, asked of Office first)', () => {
    /** Office.context.requirements as an Excel that has `supported` and nothing newer. */
    async function insertedWith(supported: string | undefined, spec: TemplateSpec) {
      const office = globalThis as { Office?: unknown };
      office.Office = supported === undefined ? undefined : {
        context: { requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version) <= Number(supported) } },
      };
      try {
        return await inserted(spec);
      } finally {
        delete office.Office;
      }
    }

    it('fits the whole review on one A4 page in landscape, its print area the template rectangle', async () => {
      const { sheet, excel } = await insertedWith('1.9', review);
      expect(sheet.print).toEqual({
        orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
        printArea: rangeAddress(0, 0, review.cells.length, review.columnCount),
      });
      expect(excel.syncs).toBeLessThanOrEqual(2);
    });

    it("leaves Excel's default print where Office lacks ExcelApi 1.9, or is not there to ask", async () => {
      expect((await insertedWith('1.8', review)).sheet.print).toBeUndefined();
      expect((await insertedWith(undefined, review)).sheet.print).toBeUndefined();
    });

    it('sets no print for a template that does not ask for one', async () => {
      expect((await insertedWith('1.9', trickySpec())).sheet.print).toBeUndefined();
    });
  });

  it('keeps text that Excel would read as a formula, percentage or date as text', async () => {
    const { sheet } = await inserted(trickySpec());
    expect([sheet.value(1, 0), sheet.value(1, 1), sheet.value(1, 2)]).toEqual(['=not a formula', '10%', '2026-01-31']);
    expect(sheet.isFormula(1, 0)).toBe(false);
    expect(sheet.isFormula(2, 1)).toBe(true);
    expect(sheet.value(2, 0)).toBe(12.5);
  });

  it('takes two syncs for the review and for a template twice its size, with nothing left unsynced', async () => {
    const big = doubled(review);
    expect(big.cells.length).toBe(2 * review.cells.length);
    const small = await inserted(review);
    const large = await inserted(big);
    expect(small.excel.syncs).toBeLessThanOrEqual(2);
    expect(large.excel.syncs).toBe(small.excel.syncs);
    expect(small.excel.unsynced + large.excel.unsynced).toBe(0);
  });

  it('formats with one range per style rectangle, far fewer than the cells', () => {
    const styled = everyCell(review).filter(({ cell }) => cell?.style).length;
    expect(styleRuns(review).length).toBeLessThan(styled / 4);
  });

  it('inserts under a new name when the name is taken and leaves the existing sheet untouched', async () => {
    const mine = new FakeSheet('kpi review').seed([['My own notes', 42]], 3, 1);
    mine.cell(3, 1).fill = '#FF0000';
    const before = mine.snapshot();
    const { excel, sheetName } = await inserted(review, mine);
    expect(sheetName).toBe('KPI Review (2)');
    expect(mine.snapshot()).toEqual(before);
    expect(mine.validations.length + mine.conditionalFormats.length + mine.columnWidths.size).toBe(0);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['kpi review', 'KPI Review (2)']);
  });

  it('activates the inserted sheet', async () => {
    const { excel, sheet } = await inserted(review, new FakeSheet('Data'));
    expect(excel.active).toBe(sheet);
  });

  it('names the Danish review in Danish', async () => {
    const { sheetName } = await inserted(reviewSheet('da'));
    expect(sheetName).toBe(reviewSheet('da').sheetName);
    expect(sheetName).not.toBe(review.sheetName);
  });
});

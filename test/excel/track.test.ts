import { describe, expect, it } from 'vitest';
import { trackAgreement } from '../../excel-addin/adapter/track';
import { LANGS } from '../../shared/i18n/lang';
import { TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { trackingTemplate } from '../../shared/templates/tracking';
import { insertTemplate } from '../../excel-addin/adapter/write-template';
import { KPIS, TODAY, reviewBook } from '../tracking/helpers';
import { manyKpis } from '../tracking/kpis';
import { FakeExcel, FakeSheet, type Scalar } from './fakes';

/** An Excel workbook whose active sheet holds the review's values, as the playground computes them. */
function excelWithReview(lang: 'en' | 'da', kpis = KPIS) {
  const { book, review } = reviewBook(lang, kpis);
  const sheet = new FakeSheet(review).seed(book.values(review) as Scalar[][]);
  const values = book.values(review) as Scalar[][];
  // The fake does not calculate: after a run, the review's links show as their values again
  // (blank ones too: a KPI with no tracked month yet).
  const recalculate = () => values.forEach((line, r) => line.forEach((value, c) => {
    if (sheet.isFormula(r, c)) sheet.cell(r, c).input = value;
  }));
  return { excel: new FakeExcel(sheet), review, recalculate };
}

describe.each(LANGS)('Track this agreement in Excel (%s)', (lang) => {
  it('creates the tracking sheet with a block per KPI whose name is a formula over the review', async () => {
    const { excel, review } = excelWithReview(lang);
    const result = await trackAgreement(excel.context, lang, TODAY);
    expect(result.sheetName).toBe(TRACKING_SHEET_NAME[lang]);
    expect(result.message).toContain(TRACKING_SHEET_NAME[lang]);
    const tracking = excel.sheet(result.sheetName);
    const names = [...tracking.cells.values()].map((cell) => String(cell.input)).filter((input) => input.startsWith('=T('));
    expect(names).toHaveLength(KPIS.length);
    expect(names[0]).toContain(`'${review}'!`);
    expect(excel.active.name).toBe(result.sheetName);
    expect(excel.unsynced).toBe(0);
  });

  it('adds its blocks to the tracking template inserted before rather than make a second sheet', async () => {
    const { excel, review } = excelWithReview(lang);
    const { sheetName } = await insertTemplate(excel.context, trackingTemplate(lang, TODAY));
    excel.active = excel.sheets[0];
    const result = await trackAgreement(excel.context, lang, TODAY);
    expect(result.sheetName).toBe(sheetName);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([review, sheetName]);
    const names = [...excel.sheet(sheetName).cells.values()].filter((cell) => String(cell.input).startsWith('=T('));
    expect(names).toHaveLength(KPIS.length);
  });

  it('links the review’s Actual and Baseline to the tracking sheet', async () => {
    const { excel, review } = excelWithReview(lang);
    const { sheetName } = await trackAgreement(excel.context, lang, TODAY);
    const linked = [...excel.sheet(review).cells.entries()].filter(([, cell]) => String(cell.input).includes(`'${sheetName}'!`));
    expect(linked).toHaveLength(KPIS.length * 2);
  });

  it('keeps a typed actual and adds nothing on a second run', async () => {
    const { excel, recalculate } = excelWithReview(lang);
    const { sheetName } = await trackAgreement(excel.context, lang, TODAY);
    const tracking = excel.sheet(sheetName);
    const headerRow = [...tracking.cells.entries()].find(([, cell]) => String(cell.input).startsWith('=T('));
    const typedRow = Number(headerRow![0].split(',')[0]) + 4;
    tracking.cell(typedRow, 1).input = 187;
    const before = tracking.snapshot();
    recalculate();
    excel.active = excel.sheets[0];
    const again = await trackAgreement(excel.context, lang, TODAY);
    expect(again.sheetName).toBe(sheetName);
    expect(excel.sheets).toHaveLength(2);
    expect(tracking.snapshot()).toEqual(before);
    expect(tracking.value(typedRow, 1)).toBe(187);
    expect(again.message).toMatch(lang === 'en' ? /nothing was changed/ : /intet er ændret/);
  });

  it('syncs as often for 10 KPIs as for 3', async () => {
    const syncs = async (count: number) => {
      const { excel } = excelWithReview(lang, manyKpis(count));
      await trackAgreement(excel.context, lang, TODAY);
      return excel.syncs;
    };
    expect(await syncs(10)).toBe(await syncs(3));
    expect(await syncs(3)).toBeLessThanOrEqual(3);
  });

  it('refuses a sheet with no agreement, in the user’s words', async () => {
    const excel = new FakeExcel(new FakeSheet('Notes').seed([['hello']]));
    await expect(trackAgreement(excel.context, lang, TODAY)).rejects.toThrow(lang === 'en' ? /no KPI agreement/ : /ingen KPI-aftale/);
  });
});


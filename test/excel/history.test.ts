import { describe, expect, it } from 'vitest';
import { saveVersion } from '../../excel-addin/adapter/history';
import { HISTORY_SHEET_NAME, historyHeader, historyNumberFormats, historyRecord } from '../../shared/history';
import type { Lang } from '../../shared/i18n/lang';
import { agreementGrid } from './agreement';
import { FakeExcel, FakeSheet, type Scalar } from './fakes';

const SAVED_AT = new Date(2026, 10, 29, 14, 5);

function workbook(...others: FakeSheet[]) {
  const review = new FakeSheet('KPI Review').seed(agreementGrid(), 2, 1);
  const excel = new FakeExcel(review, ...others);
  return { excel, review };
}

const save = (excel: FakeExcel, reason: string, lang: Lang = 'en') => saveVersion(excel.context, { reason, lang, savedAt: SAVED_AT });

/** The rows of a sheet from row 0, as many as asked, as wide as the history. */
function rowsOf(sheet: FakeSheet, count: number, from = 0): Scalar[][] {
  const width = historyHeader('en').length;
  return Array.from({ length: count }, (_, r) => Array.from({ length: width }, (_, c) => sheet.value(from + r, c)));
}

const expectedRows = (reason: string, lang: Lang = 'en') => {
  const record = historyRecord(agreementGrid(), { savedAt: SAVED_AT, reason, sheetName: 'KPI Review' }, lang);
  if (!record.ok) throw new Error(record.message);
  return record.rows;
};

describe('saving a version of the agreement', () => {
  it('creates the history sheet with its header, then the table stamped with date and reason, in two syncs', async () => {
    const { excel } = workbook();
    const saved = await save(excel, 'Mid-year review');
    expect(saved).toEqual({ sheetName: 'Agreement history', rows: 3 });
    const history = excel.sheet('Agreement history');
    expect(rowsOf(history, 4)).toEqual([historyHeader('en'), ...expectedRows('Mid-year review')]);
    expect(history.frozenRows).toBe(1);
    expect(excel.syncs).toBe(2);
  });

  it('formats the saved rows column by column, so a deadline reads as a date', async () => {
    const { excel } = workbook();
    await save(excel, 'Mid-year review');
    const history = excel.sheet('Agreement history');
    const formats = historyNumberFormats();
    expect(formats.map((_, c) => history.cell(1, c).numberFormat)).toEqual(formats);
  });

  it('appends later versions after the last used row, without a second header or touching earlier rows', async () => {
    const { excel } = workbook();
    await save(excel, 'First');
    const before = excel.sheet('Agreement history').snapshot();
    await save(excel, 'Second');
    const history = excel.sheet('Agreement history');
    expect(rowsOf(history, 7)).toEqual([historyHeader('en'), ...expectedRows('First'), ...expectedRows('Second')]);
    for (const [key, cell] of Object.entries(before)) expect(history.cells.get(key)).toEqual(cell);
    expect(excel.sheets.filter((sheet) => /history/i.test(sheet.name))).toHaveLength(1);
  });

  it('writes below notes a user typed under the history, never over them', async () => {
    const history = new FakeSheet('Agreement history').seed([historyHeader('en')]).seed([['note: targets renegotiated']], 9, 2);
    const { excel } = workbook(history);
    await save(excel, 'After renegotiation');
    expect(history.value(9, 2)).toBe('note: targets renegotiated');
    expect(rowsOf(history, 3, 10)).toEqual(expectedRows('After renegotiation'));
    expect(excel.syncs).toBe(3);
  });

  it('writes the header first into an existing but empty history sheet', async () => {
    const { excel } = workbook(new FakeSheet('Agreement history'));
    await save(excel, 'Start');
    expect(rowsOf(excel.sheet('Agreement history'), 4)).toEqual([historyHeader('en'), ...expectedRows('Start')]);
  });

  it('keeps one record when the language changes: a Danish save goes to the English history sheet', async () => {
    const { excel } = workbook();
    await save(excel, 'First');
    const saved = await save(excel, 'Anden', 'da');
    expect(saved.sheetName).toBe(HISTORY_SHEET_NAME.en);
    expect(excel.sheets.map((sheet) => sheet.name)).not.toContain(HISTORY_SHEET_NAME.da);
    expect(rowsOf(excel.sheet('Agreement history'), 3, 4)).toEqual(expectedRows('Anden', 'da'));
  });

  it('writes nothing and says so when the sheet holds no agreement table', async () => {
    const excel = new FakeExcel(new FakeSheet('Notes').seed([['just', 'text']]));
    await expect(save(excel, 'x')).rejects.toThrow(/no KPI agreement table/);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Notes']);
  });

  it('refuses to save the history sheet into itself', async () => {
    const { excel } = workbook();
    await save(excel, 'First');
    excel.active = excel.sheet('Agreement history');
    const before = excel.active.snapshot();
    await expect(save(excel, 'Again')).rejects.toThrow(/history sheet/);
    expect(excel.active.snapshot()).toEqual(before);
  });

  it('keeps a reason that Excel would read as a formula as text', async () => {
    const { excel } = workbook();
    await save(excel, '=HYPERLINK("http://example.com")');
    const history = excel.sheet('Agreement history');
    expect(history.isFormula(1, 1)).toBe(false);
    expect(history.value(1, 1)).toBe('=HYPERLINK("http://example.com")');
  });
});

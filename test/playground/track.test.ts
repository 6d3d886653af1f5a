import { afterEach, describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { readAgreement } from '../../shared/validator';
import { trackAgreement } from '../../playground/track';
import type { PlaygroundWorkbook } from '../../playground/workbook';
import { TODAY, reviewBook } from '../tracking/helpers';

let book: PlaygroundWorkbook | undefined;
afterEach(() => book?.destroy());

describe.each(LANGS)('Track this agreement in the playground (%s)', (lang) => {
  it('shows the tracking sheet, and an actual typed there becomes the review’s Actual', () => {
    const made = reviewBook(lang);
    book = made.book;
    const result = trackAgreement(book, lang, TODAY);
    expect(book.activeSheet).toBe(result.sheetName);
    const agreement = readAgreement(book.values(made.review));
    const row = agreement.table!.rows[0];
    const actualColumn = agreement.table!.columns.actual!;
    const typed = book.values(result.sheetName).findIndex((line) => line[0] === row.kpi.text) + 4 + 12;
    book.setInput(result.sheetName, { row: typed, column: 1 }, '187');
    expect(book.value(made.review, { row: row.row, column: actualColumn })).toBe(187);
  });

  it('adds nothing the second time and says so', () => {
    const made = reviewBook(lang);
    book = made.book;
    const first = trackAgreement(book, lang, TODAY);
    const before = book.values(first.sheetName);
    book.activate(made.review);
    const again = trackAgreement(book, lang, TODAY);
    expect(book.values(first.sheetName)).toEqual(before);
    expect(again.message).toMatch(lang === 'en' ? /nothing was changed/ : /intet er ændret/);
  });
});

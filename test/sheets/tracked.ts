// Fake spreadsheets holding tracking sheets, calculated: what the dashboard is built from.
import { expect } from 'vitest';
import { trackAgreement } from '../../sheets-addon/adapter/track';
import type { Spreadsheet, SpreadsheetService } from '../../sheets-addon/adapter/types';
import { writeTemplate } from '../../sheets-addon/adapter/write-template';
import type { Lang } from '../../shared/i18n/lang';
import { trackingLayout } from '../../shared/tracking/layout';
import { findTrackingBlocks } from '../../shared/tracking/read';
import { formulasOf, trackAgreement as trackInPlayground } from '../../playground/track';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { KPIS, TODAY, reviewBook } from '../tracking/helpers';
import { fakeAppsScript } from './fakes';

export type Apps = ReturnType<typeof fakeAppsScript>;

/**
 * The fake as Sheets shows it calculated: the playground holds the same sheets and computes them.
 * Every formula of the fake must stand where the playground has one, and the sheet the adapter
 * wrote whole (`written`) must have exactly the playground's, so a layout that drifted between
 * the two never passes for a calculated one.
 */
function calculate(apps: Apps, book: PlaygroundWorkbook, written: string): void {
  for (const name of book.sheetNames()) {
    const sheet = apps.spreadsheet.sheet(name);
    const { rows, columns } = book.size(name);
    const where = (grid: readonly (readonly unknown[])[]) =>
      grid.flatMap((row, r) => row.map((cell, c) => (String(cell).startsWith('=') ? `${r},${c}` : ''))).filter(Boolean);
    const fake = where(sheet.contents(rows, columns));
    const playground = where(formulasOf(book, name));
    if (name === written) expect(fake, name).toEqual(playground);
    else expect(playground, name).toEqual(expect.arrayContaining(fake));
    sheet.showCalculated(book.values(name));
  }
}

/** A review tracked with the Sheets adapter (beside `otherSheets`): the review, its tracking sheet and its blocks as found there. */
export function trackedReview(lang: Lang, otherSheets: Record<string, unknown[][]> = {}) {
  const { book, review } = reviewBook(lang, KPIS);
  const apps = fakeAppsScript({ sheets: { [review]: book.values(review), ...otherSheets } });
  const { sheetName: tracking } = trackAgreement(apps.globals.SpreadsheetApp as unknown as SpreadsheetService, apps.spreadsheet as unknown as Spreadsheet, lang, TODAY);
  trackInPlayground(book, lang, TODAY);
  calculate(apps, book, tracking);
  const blocks = findTrackingBlocks({ sheetName: tracking, values: book.values(tracking), formulas: formulasOf(book, tracking) });
  return { apps, review, tracking, blocks };
}

/** A tracking sheet of `count` blocks laid out by `trackingLayout` and written with the template writer: more KPIs than a review holds. */
export function trackedBlocks(lang: Lang, count: number) {
  const kpis = Array.from({ length: count }, (_, i) => ({ reviewRow: i, name: `KPI ${i + 1}`, cumulative: i % 2 === 0 }));
  const layout = trackingLayout(kpis, { months: 12 }, { lang, reviewSheetName: 'Review', today: { year: 2027, month: 1 } });
  const apps = fakeAppsScript({ sheets: { Notes: [['notes']] } });
  writeTemplate(apps.globals.SpreadsheetApp as unknown as SpreadsheetService, apps.spreadsheet as unknown as Spreadsheet, layout.spec);
  calculate(apps, PlaygroundWorkbook.withSheets([layout.spec]), layout.sheetName);
  return { apps, tracking: layout.sheetName };
}


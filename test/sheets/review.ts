import { templateValues } from '../../shared/templates/grid';
import { LIBRARY } from '../../shared/templates/library';
import { kpiRow, reviewSheet } from '../../shared/templates/review';
import type { Lang } from '../../shared/i18n/lang';
import { loadCode } from './code';
import { fakeAppsScript, type FakeSheet } from './fakes';

/** Types into the sheet what differs from the empty template: a user filling it in. */
export function fillIn(sheet: FakeSheet, lang: Lang): void {
  const filled = reviewSheet(lang, { kpis: LIBRARY.slice(0, 3).map((entry) => ({ ...kpiRow(entry, lang), owner: 'Ann', target: 10, baseline: 8 })) });
  const values = templateValues(filled, 'sheets');
  filled.cells.forEach((row, r) => row.forEach((cell, c) => {
    if (!cell?.formula && values[r][c] !== '') sheet.put(r + 1, c + 1, values[r][c]);
  }));
}

/** A review inserted from the menu and filled in, the call log cleared. */
export function filledReview(lang: Lang) {
  const apps = fakeAppsScript({ locale: lang });
  const code = loadCode(apps.globals);
  code.insertReviewTemplate();
  fillIn(apps.spreadsheet.active, lang);
  apps.recorder.clear();
  return { apps, code };
}

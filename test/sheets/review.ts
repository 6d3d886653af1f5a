import { exampleReview, templateValues } from '../../shared/templates';
import type { Lang } from '../../shared/i18n/lang';
import { loadCode } from './code';
import { fakeAppsScript, type FakeSheet } from './fakes';

/** Types the shared example review's inputs into the sheet: a user filling in the template. */
export function fillIn(sheet: FakeSheet, lang: Lang): void {
  const filled = exampleReview(lang);
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

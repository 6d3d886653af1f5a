import { describe, expect, it } from 'vitest';
import { trackAgreement } from '../../sheets-addon/adapter/track';
import type { Spreadsheet, SpreadsheetService } from '../../sheets-addon/adapter/types';
import { LANGS } from '../../shared/i18n/lang';
import { TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { trackingTemplate } from '../../shared/templates/tracking';
import { writeTemplate } from '../../sheets-addon/adapter/write-template';
import { KPIS, TODAY, reviewBook } from '../tracking/helpers';
import { manyKpis } from '../tracking/kpis';
import { loadCode } from './code';
import { fakeAppsScript } from './fakes';

/** A spreadsheet whose active sheet holds the review's values, as the playground computes them. */
function sheetsWithReview(lang: 'en' | 'da', kpis = KPIS) {
  const { book, review } = reviewBook(lang, kpis);
  const apps = fakeAppsScript({ sheets: { [review]: book.values(review) } });
  const run = () => trackAgreement(apps.globals.SpreadsheetApp as unknown as SpreadsheetService, apps.spreadsheet as unknown as Spreadsheet, lang, TODAY);
  return { apps, review, run };
}

describe.each(LANGS)('Track this agreement in Sheets (%s)', (lang) => {
  it('creates the tracking sheet with a name formula per KPI and links the review', () => {
    const { apps, review, run } = sheetsWithReview(lang);
    const result = run();
    expect(result.sheetName).toBe(TRACKING_SHEET_NAME[lang]);
    const tracking = apps.spreadsheet.sheet(result.sheetName);
    const formulas = tracking.getDataRange().getFormulas().flat();
    expect(formulas.filter((formula) => formula.startsWith('=T('))).toHaveLength(KPIS.length);
    const reviewFormulas = apps.spreadsheet.sheet(review).getDataRange().getFormulas().flat();
    expect(reviewFormulas.filter((formula) => formula.includes(`'${result.sheetName}'!`))).toHaveLength(KPIS.length * 2);
    expect(apps.spreadsheet.active).toBe(tracking);
  });

  it('keeps a typed actual and adds nothing on a second run', () => {
    const { apps, run } = sheetsWithReview(lang);
    const { sheetName } = run();
    const tracking = apps.spreadsheet.sheet(sheetName);
    const nameRow = tracking.getDataRange().getFormulas().findIndex((row) => row[0].startsWith('=T('));
    tracking.getRange(nameRow + 5, 2).setValues([[187]]);
    const before = tracking.snapshot();
    apps.spreadsheet.active = apps.spreadsheet.sheets[0];
    const again = run();
    expect(apps.spreadsheet.sheets).toHaveLength(2);
    expect(tracking.snapshot()).toEqual(before);
    expect(tracking.valueAt(nameRow + 5, 2)).toBe(187);
    expect(again.message).toMatch(lang === 'en' ? /nothing was changed/ : /intet er ændret/);
  });

  it('adds its blocks to the tracking template inserted before rather than make a second sheet', () => {
    const { apps, review, run } = sheetsWithReview(lang);
    const app = apps.globals.SpreadsheetApp as unknown as SpreadsheetService;
    const template = writeTemplate(app, apps.spreadsheet as unknown as Spreadsheet, trackingTemplate(lang, TODAY));
    const rows = template.getLastRow();
    apps.spreadsheet.active = apps.spreadsheet.sheets[0];
    const result = run();
    expect(result.sheetName).toBe(template.getName());
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([review, template.getName()]);
    const formulas = apps.spreadsheet.sheet(result.sheetName).getDataRange().getFormulas();
    expect(formulas.slice(rows).flat().filter((formula) => formula.startsWith('=T('))).toHaveLength(KPIS.length);
  });

  // Only getRange (a handle, no round trip of its own) is taken per conditional-fill range.
  it('writes in as many calls for 10 KPIs as for 3', () => {
    const writes = (count: number) => {
      const { apps, run } = sheetsWithReview(lang, manyKpis(count));
      apps.recorder.calls.length = 0;
      run();
      return apps.recorder.names().filter((name) => !name.endsWith('.getRange')).length;
    };
    expect(writes(10)).toBe(writes(3));
  });
});

describe('Track this agreement from the Sheets menu', () => {
  it('creates the tracking sheet and says what it did in a dialog', () => {
    const { book, review } = reviewBook('en');
    const apps = fakeAppsScript({ sheets: { [review]: book.values(review) } });
    loadCode(apps.globals).trackAgreementFromMenu();
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual([review, TRACKING_SHEET_NAME.en]);
    expect(apps.ui.alerts).toEqual([expect.stringContaining(`Created “${TRACKING_SHEET_NAME.en}” with 2 KPI blocks`)]);
  });

  it('shows why not on a sheet with no agreement', () => {
    const apps = fakeAppsScript({ sheets: { Notes: [['hello']] } });
    loadCode(apps.globals).trackAgreementFromMenu();
    expect(apps.ui.alerts).toEqual([expect.stringContaining('no KPI agreement')]);
  });
});

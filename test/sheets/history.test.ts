import { describe, expect, it } from 'vitest';
import { HISTORY_SHEET_NAME, historyHeader, historyNumberFormats, historyRecord } from '../../shared/history';
import { loadCode } from './code';
import { fakeAppsScript } from './fakes';
import { EXAMPLE_KPIS } from '../../shared/templates';
import { fillIn, filledReview } from './review';

const KPIS = EXAMPLE_KPIS.length;

const STAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d$/;

describe('saving an agreement version (sidebar target saveVersion)', () => {
  it('creates the history sheet once, with its header, and appends one row per KPI', () => {
    const { apps, code } = filledReview('en');
    const source = apps.spreadsheet.active;
    const expected = historyRecord(source.stored(), { savedAt: new Date(), reason: 'Targets agreed', sheetName: 'KPI Review' }, 'en');
    if (!expected.ok) throw new Error(expected.message);

    expect(JSON.parse(JSON.stringify(code.saveVersion('Targets agreed', 'en')))).toEqual({ sheetName: 'Agreement history', rows: KPIS });
    const history = apps.spreadsheet.sheet('Agreement history');
    const rows = history.stored();
    expect(rows[0]).toEqual(historyHeader('en'));
    expect(rows).toHaveLength(1 + KPIS);
    for (const [i, row] of rows.slice(1).entries()) {
      expect(row[0]).toMatch(STAMP);
      // Everything but the time stamp is the shared record of the sheet.
      expect(row.slice(1)).toEqual(expected.rows[i].slice(1));
    }
    expect(history.frozenRows).toBe(1);
    expect(apps.spreadsheet.sheets.at(-1)).toBe(history);
    expect(apps.spreadsheet.active).toBe(source);
  });

  it('formats the saved rows column by column, so a deadline reads as a date', () => {
    const { apps, code } = filledReview('en');
    code.saveVersion('Targets agreed', 'en');
    const history = apps.spreadsheet.sheet('Agreement history');
    const formats = historyNumberFormats();
    for (let row = 2; row <= 1 + KPIS; row++) formats.forEach((format, c) => expect(history.formatAt(row, c + 1), `${row},${c}`).toBe(format));
    // Only formats of the Sheets format guide are written: "General" is Excel's, so those cells are left as they are.
    const written = history.formats.filter(({ method }) => /^setNumberFormats?$/.test(method)).map(({ grid }) => grid[0][0]);
    expect(written.length).toBeGreaterThan(0);
    expect(written).not.toContain('General');
  });

  it('appends a second version after the last row, overwriting nothing', () => {
    const { apps, code } = filledReview('en');
    code.saveVersion('Targets agreed', 'en');
    const history = apps.spreadsheet.sheet('Agreement history');
    const first = history.snapshot();
    apps.recorder.clear();

    code.saveVersion('Q3 adjustment', 'en');
    const second = history.snapshot();
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second.slice(first.length).map((row) => row[1])).toEqual(Array(KPIS).fill('Q3 adjustment'));
    expect(apps.spreadsheet.sheets.filter((sheet) => sheet.name === 'Agreement history')).toHaveLength(1);
    const writes = apps.recorder.calls.filter((call) => call.method === 'setValues');
    expect(writes.map((call) => call.target)).toEqual([`Range(Agreement history!A${first.length + 1}:V${first.length + KPIS})`]);
  });

  it('writes below whatever the user added to the history sheet', () => {
    const { apps, code } = filledReview('en');
    code.saveVersion('first', 'en');
    apps.spreadsheet.sheet('Agreement history').put(9, 2, 'my note');
    code.saveVersion('second', 'en');
    const rows = apps.spreadsheet.sheet('Agreement history').snapshot();
    expect(rows[8][1]).toBe('my note');
    expect(rows.slice(9).map((row) => row[1])).toEqual(Array(KPIS).fill('second'));
  });

  it('never writes to the sheet it saves from', () => {
    const { apps, code } = filledReview('en');
    const before = apps.spreadsheet.active.snapshot();
    code.saveVersion('Targets agreed', 'en');
    expect(apps.spreadsheet.sheet('KPI Review').snapshot()).toEqual(before);
    expect(apps.recorder.calls.filter((call) => call.target.startsWith('Range(KPI Review!') && call.method !== 'getValues')).toEqual([]);
  });

  it('shares one history sheet between a Danish and an English colleague', () => {
    const apps = fakeAppsScript({ locale: 'da' });
    const code = loadCode(apps.globals);
    code.insertReviewTemplate();
    fillIn(apps.spreadsheet.active, 'da');
    code.saveVersion('Mål aftalt', 'da');
    expect(apps.spreadsheet.sheet(HISTORY_SHEET_NAME.da).snapshot()[0]).toEqual(historyHeader('da'));
    code.saveVersion('Targets agreed', 'en');
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Medarbejdersamtale', HISTORY_SHEET_NAME.da]);
    expect(apps.spreadsheet.sheet(HISTORY_SHEET_NAME.da).snapshot()).toHaveLength(1 + KPIS + KPIS);
  });

  it('keeps a reason that starts with "=" as text', () => {
    const { apps, code } = filledReview('en');
    code.saveVersion('=IMPORTRANGE("x","y")', 'en');
    const history = apps.spreadsheet.sheet('Agreement history');
    expect(history.valueAt(2, 2)).toBe('=IMPORTRANGE("x","y")');
    expect(history.formulaAt(2, 2)).toBe('');
  });

  it('refuses a sheet without an agreement table, creating nothing', () => {
    const apps = fakeAppsScript({ sheets: { Notes: [['Just notes']] } });
    expect(() => loadCode(apps.globals).saveVersion('x', 'en')).toThrow('There is no KPI agreement table on this sheet to save.');
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Notes']);
  });

  it('refuses to save the history sheet into itself', () => {
    const { apps, code } = filledReview('en');
    code.saveVersion('first', 'en');
    apps.spreadsheet.sheet('Agreement history').activate();
    expect(() => code.saveVersion('again', 'en')).toThrow(/^This is the history sheet/);
    expect(apps.spreadsheet.sheet('Agreement history').snapshot()).toHaveLength(1 + KPIS);
  });
});

describe('saving a version from the menu (promptSaveVersion)', () => {
  it('asks for a reason, saves with it and says where', () => {
    const apps = fakeAppsScript({ prompt: { button: 'OK', text: 'Targets agreed' } });
    const code = loadCode(apps.globals);
    code.insertReviewTemplate();
    fillIn(apps.spreadsheet.active, 'en');
    code.promptSaveVersion();
    expect(apps.ui.prompts).toEqual([['Save agreement version', expect.stringContaining('Why'), 'OK_CANCEL']]);
    expect(apps.spreadsheet.sheet('Agreement history').snapshot()[1][1]).toBe('Targets agreed');
    expect(apps.ui.alerts).toEqual([`Saved ${KPIS} KPI rows to “Agreement history”.`]);
  });

  it.each(['CANCEL', 'CLOSE'] as const)('saves nothing when the prompt ends with %s', (button) => {
    const apps = fakeAppsScript({ prompt: { button, text: 'typed, then cancelled' } });
    const code = loadCode(apps.globals);
    code.insertReviewTemplate();
    fillIn(apps.spreadsheet.active, 'en');
    code.promptSaveVersion();
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'KPI Review']);
    expect(apps.ui.alerts).toEqual([]);
  });

  it('shows why nothing was saved, in the user\'s language', () => {
    const apps = fakeAppsScript({ locale: 'da', prompt: { button: 'OK', text: 'x' } });
    loadCode(apps.globals).promptSaveVersion();
    expect(apps.ui.prompts[0][0]).toBe('Gem aftaleversion');
    expect(apps.ui.alerts).toEqual(['Der er ingen KPI-aftaletabel på dette ark at gemme.']);
  });
});

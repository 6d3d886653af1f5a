import { afterEach, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../shared/agreement/columns';
import { HISTORY_SHEET_NAME, REASON_MISSING, historyHeader } from '../../shared/history';
import { dateSerial } from '../../shared/templates/grid';
import { loadCode } from './code';
import { OUT_OF_GRID, fakeAppsScript, formatDate } from './fakes';
import { fillIn } from './review';

/** Where the first KPI row and a column of the filled review are. */
function kpiCell(sheet: ReturnType<typeof fakeAppsScript>['spreadsheet']['active'], header: string): { row: number; column: number } {
  const rows = sheet.stored();
  const top = rows.findIndex((row) => row.includes('KPI'));
  return { row: top + 2, column: rows[top].indexOf(header) + 1 };
}

function review(options: Parameters<typeof fakeAppsScript>[0] = {}) {
  const apps = fakeAppsScript({ locale: 'en', ...options });
  const code = loadCode(apps.globals);
  code.insertReviewTemplate();
  fillIn(apps.spreadsheet.active, 'en');
  return { apps, code, sheet: apps.spreadsheet.active };
}

const HISTORY_COLUMN = (key: string) => 4 + COLUMNS.findIndex((column) => column.key === key);

const scriptZone = process.env.TZ;
afterEach(() => {
  if (scriptZone === undefined) delete process.env.TZ;
  else process.env.TZ = scriptZone;
});

describe('dates in Sheets, read in the spreadsheet\'s time zone', () => {
  // The script's zone (this process) and the spreadsheet's differ, east and west of UTC.
  it.each([
    ['Europe/Copenhagen', 'America/Los_Angeles'],
    ['America/Los_Angeles', 'Europe/Copenhagen'],
    ['America/Sao_Paulo', 'UTC'],
  ])('saves 2026-01-31 as 2026-01-31 in a spreadsheet in %s (script in %s)', (spreadsheetZone, script) => {
    process.env.TZ = script;
    const { apps, code, sheet } = review({ timeZone: spreadsheetZone });
    const deadline = kpiCell(sheet, 'Deadline');
    sheet.put(deadline.row, deadline.column, dateSerial(2026, 1, 31));
    // Sheets hands the cell over as a Date: midnight of that day where the spreadsheet is.
    const read = sheet.valueAt(deadline.row, deadline.column) as Date;
    expect(formatDate(read, spreadsheetZone, 'yyyy-MM-dd HH:mm')).toBe('2026-01-31 00:00');

    code.saveVersion('Targets agreed', 'en');
    const history = apps.spreadsheet.sheet(HISTORY_SHEET_NAME.en);
    expect(history.storedAt(2, HISTORY_COLUMN('deadline'))).toBe(dateSerial(2026, 1, 31));
    expect(formatDate(history.valueAt(2, HISTORY_COLUMN('deadline')) as Date, spreadsheetZone, 'yyyy-MM-dd')).toBe('2026-01-31');
  });

  it('stamps the saved time in the spreadsheet\'s zone, not the script\'s', () => {
    process.env.TZ = 'America/Los_Angeles';
    const { apps, code } = review({ timeZone: 'Europe/Copenhagen' });
    const before = new Date();
    code.saveVersion('Targets agreed', 'en');
    const after = new Date();
    const stamp = apps.spreadsheet.sheet(HISTORY_SHEET_NAME.en).storedAt(2, 1);
    const expected = [before, after].map((at) => formatDate(at, 'Europe/Copenhagen', 'yyyy-MM-dd HH:mm'));
    expect(expected).toContain(stamp);
  });

  it('keeps the stamp text, as Excel does, instead of letting Sheets read it as a date-time', () => {
    const { apps, code } = review();
    code.saveVersion('Targets agreed', 'en');
    const history = apps.spreadsheet.sheet(HISTORY_SHEET_NAME.en);
    expect(history.storedAt(2, 1)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(history.valueAt(2, 1)).toBe(history.storedAt(2, 1));
  });

  it('validates a deadline typed as a date the same in every zone', () => {
    const findings = ['Europe/Copenhagen', 'Pacific/Honolulu'].map((timeZone) => {
      const { code, sheet } = review({ timeZone });
      const deadline = kpiCell(sheet, 'Deadline');
      sheet.put(deadline.row, deadline.column, '2026-01-31');
      return JSON.stringify(code.validateActiveSheet('en'));
    });
    expect(findings[1]).toBe(findings[0]);
  });
});

describe('text in the Sheets history stays the text the user typed', () => {
  const typed = ['+A1', '-5%', 'TRUE', 'false', '1/2', '2026-01-31', '1,000', '1e3', "'quoted", '=HYPERLINK("http://x")', '@mention'];

  it.each(typed)('%s, typed as a KPI name and given as the reason, is saved as that text: no formula, number, date or boolean', (text) => {
    const { apps, code, sheet } = review();
    const kpi = kpiCell(sheet, 'KPI');
    sheet.put(kpi.row, kpi.column, `'${text}`);
    expect(sheet.valueAt(kpi.row, kpi.column)).toBe(text);
    code.saveVersion(text, 'en');
    const history = apps.spreadsheet.sheet(HISTORY_SHEET_NAME.en);
    expect(history.valueAt(2, 2)).toBe(text);
    expect(history.valueAt(2, HISTORY_COLUMN('kpi'))).toBe(text);
    expect(history.formulaAt(2, 2)).toBe('');
    expect(history.formulaAt(2, HISTORY_COLUMN('kpi'))).toBe('');
  });
});

describe('the Sheets history sheet never runs out of grid', () => {
  it('grows the rows before writing past the 1 000 a sheet has', () => {
    const { apps, code } = review();
    code.saveVersion('first', 'en');
    const history = apps.spreadsheet.sheet(HISTORY_SHEET_NAME.en);
    // A long history: the last row of the grid in use, as after about 200 saves.
    history.put(1000, 1, 'note on the last row');
    expect(() => history.getRange(1001, 1)).toThrow(OUT_OF_GRID);
    code.saveVersion('after the thousandth row', 'en');
    expect(history.valueAt(1001, 2)).toBe('after the thousandth row');
    expect(history.valueAt(1000, 1)).toBe('note on the last row');
    expect(history.maxRows).toBeGreaterThanOrEqual(history.getLastRow());
  });

  it('grows the columns again after a user deleted some', () => {
    const { apps, code } = review();
    code.saveVersion('first', 'en');
    const history = apps.spreadsheet.sheet(HISTORY_SHEET_NAME.en);
    history.deleteColumns(10, 17);
    expect(history.maxColumns).toBeLessThan(historyHeader('en').length);
    code.saveVersion('second', 'en');
    const last = history.getLastRow();
    expect(history.valueAt(last, 2)).toBe('second');
    expect(history.maxColumns).toBeGreaterThanOrEqual(historyHeader('en').length);
  });
});

describe('the Sheets menu asks for a reason, as the pane does', () => {
  it.each(['', '   '])('saves nothing for the reason %j and says what to do', (text) => {
    const apps = fakeAppsScript({ prompt: { button: 'OK', text } });
    const code = loadCode(apps.globals);
    code.insertReviewTemplate();
    fillIn(apps.spreadsheet.active, 'en');
    code.promptSaveVersion();
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'KPI Review']);
    expect(apps.ui.alerts).toEqual([REASON_MISSING.en]);
  });

  it('and so does the sidebar target, in Danish too', () => {
    const { code } = review({ locale: 'da' });
    expect(() => code.saveVersion('', 'da')).toThrow(REASON_MISSING.da);
  });
});

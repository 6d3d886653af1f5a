import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../../shared/validator';
import { loadCode } from './code';
import { fakeAppsScript } from './fakes';
import { filledReview } from './review';
import { trackedReview } from './tracked';
import { DASHBOARD_SHEET_NAME } from '../../shared/dashboard/layout';

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('validating the active sheet (sidebar target validateActiveSheet)', () => {
  it.each(['en', 'da'] as const)('gives the findings validateAgreement gives on the sheet\'s values (%s)', (lang) => {
    const { apps, code } = filledReview(lang);
    // An owner left out, so there is a finding pointing at a cell.
    const sheet = apps.spreadsheet.active;
    const header = sheet.snapshot().findIndex((row) => row.includes('KPI'));
    const owner = sheet.snapshot()[header].indexOf(lang === 'en' ? 'Owner' : 'Ejer');
    sheet.put(header + 3, owner + 1, '');
    const result = code.validateActiveSheet(lang) as { sheetName: string; findings: { row?: number }[] };
    const expected = validateAgreement(apps.spreadsheet.active.stored(), { lang });
    expect(result.sheetName).toBe(apps.spreadsheet.active.name);
    expect(plain(result.findings)).toEqual(plain(expected));
    // A filled review is found and judged row by row, not reported as missing.
    expect(expected.some((finding) => finding.rule === 'no-table')).toBe(false);
    expect(expected).toContainEqual(expect.objectContaining({ rule: 'owner', row: header + 2, column: owner }));
  });

  it('reads the sheet with one getValues call and writes nothing', () => {
    const { apps, code } = filledReview('en');
    code.validateActiveSheet('en');
    const names = apps.recorder.names();
    expect(names.filter((name) => name.endsWith('.getValues'))).toHaveLength(1);
    expect(names.filter((name) => name.endsWith('.getDataRange'))).toHaveLength(1);
    expect(names.filter((name) => /\.set|insertSheet|activate/.test(name))).toEqual([]);
  });

  it('reports a sheet without an agreement table as no-table', () => {
    const apps = fakeAppsScript({ sheets: { Notes: [['Hello']] } });
    const result = loadCode(apps.globals).validateActiveSheet('en') as { findings: { rule: string }[] };
    expect(result.findings.map((finding) => finding.rule)).toEqual(['no-table']);
  });

  it('returns plain JSON even when the sheet holds dates', () => {
    const { apps, code } = filledReview('en');
    const sheet = apps.spreadsheet.active;
    const header = sheet.snapshot().findIndex((row) => row.includes('Deadline'));
    const column = sheet.snapshot()[header].indexOf('Deadline');
    // Sheets hands a date cell over as a Date of the script's own realm; the first KPI row is below the header.
    sheet.put(header + 2, column + 1, vm.runInContext('new Date(2026, 5, 30)', code));
    const result = code.validateActiveSheet('en') as { findings: { rule: string; row?: number }[] };
    expect(plain(result)).toEqual(result);
    expect(result.findings.some((finding) => finding.rule === 'deadline' && finding.row === header + 1)).toBe(false);
  });

  it('falls back to English for a language it does not speak', () => {
    const { code } = filledReview('en');
    expect(plain(code.validateActiveSheet('xx'))).toEqual(plain(code.validateActiveSheet('en')));
  });
});

describe('selecting a finding\'s cell (sidebar target selectCell)', () => {
  it('activates that sheet and the 0-based cell as a 1-based range', () => {
    const apps = fakeAppsScript({ sheets: { First: [['a']], Review: [['b']] } });
    loadCode(apps.globals).selectCell('Review', 11, 3);
    expect(apps.spreadsheet.active.name).toBe('Review');
    expect(apps.spreadsheet.activeRange?.a1).toBe('D12:D12');
  });

  it('says so, in the user\'s language, when the sheet is gone', () => {
    const apps = fakeAppsScript({ locale: 'da' });
    expect(() => loadCode(apps.globals).selectCell('Væk', 0, 0)).toThrow('Der er ikke længere et ark med navnet »Væk«.');
  });

  it('refuses a position that is no cell', () => {
    const apps = fakeAppsScript({ sheets: { Review: [['b']] } });
    const code = loadCode(apps.globals);
    for (const [row, column] of [[-1, 0], [0, 1.5], ['3', 1]]) expect(() => code.selectCell('Review', row, column)).toThrow(/^Not a cell/);
    expect(apps.spreadsheet.activeRange).toBeNull();
  });
});

describe('inserting a template from the sidebar (sidebar target insertTemplate)', () => {
  it('returns the new sheet\'s name as plain JSON', () => {
    const apps = fakeAppsScript({ sheets: { 'KPI-opfølgning': [['x']] } });
    const result = loadCode(apps.globals).insertTemplate('tracking', 'da');
    expect(plain(result)).toEqual({ sheetName: 'KPI-opfølgning (2)' });
    expect(apps.spreadsheet.active.name).toBe('KPI-opfølgning (2)');
  });

  it('rejects a template id it does not know and writes nothing', () => {
    const apps = fakeAppsScript();
    expect(() => loadCode(apps.globals).insertTemplate('payroll', 'en')).toThrow('Unknown template “payroll”.');
    expect(apps.spreadsheet.sheets).toHaveLength(1);
  });
});

describe('the sidebar\'s language (sidebar target language)', () => {
  it.each([['da', 'da'], ['da_DK', 'da'], ['en_GB', 'en'], ['de', 'en']])('%s → %s', (locale, lang) => {
    expect(loadCode(fakeAppsScript({ locale }).globals).language()).toBe(lang);
  });
});

describe('building the dashboard from the sidebar (sidebar target buildDashboard)', () => {
  it('builds it over the tracking sheet in the language asked, and returns plain JSON', () => {
    const { apps } = trackedReview('da');
    const result = loadCode(apps.globals).buildDashboard('da');
    expect(plain(result)).toEqual({ sheetName: DASHBOARD_SHEET_NAME.da, message: expect.stringMatching(/^Byggede »Overblik«: scoren/) });
    expect(apps.spreadsheet.active.name).toBe(DASHBOARD_SHEET_NAME.da);
  });

  it('throws the refusal in the language asked when nothing is tracked', () => {
    const apps = fakeAppsScript({ sheets: { Noter: [['x']] } });
    expect(() => loadCode(apps.globals).buildDashboard('da')).toThrow(/kør Følg op på denne aftale fra samtalearket først/);
    expect(apps.spreadsheet.sheets).toHaveLength(1);
  });
});

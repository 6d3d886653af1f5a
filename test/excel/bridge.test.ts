import { describe, expect, it } from 'vitest';
import { excelBridge, type ExcelHost } from '../../excel-addin/taskpane/bridge';
import { LANGS } from '../../shared/i18n/lang';
import { buildTemplate, TEMPLATE_IDS } from '../../shared/templates';
import { templateValues } from '../../shared/templates/grid';
import { validateAgreement } from '../../shared/validator';
import { agreementGrid } from './agreement';
import { FakeExcel, FakeSheet } from './fakes';

function bridgeOver(excel: FakeExcel, displayLanguage?: string) {
  const host: ExcelHost = {
    run: (batch) => batch(excel.context),
    displayLanguage: () => displayLanguage,
    now: () => new Date(2026, 0, 15, 9, 30),
  };
  return excelBridge(host);
}

describe('the Excel bridge of the review pane', () => {
  it('speaks Danish for a Danish Office and English for any other', async () => {
    expect(await bridgeOver(new FakeExcel(), 'da-DK').language()).toBe('da');
    expect(await bridgeOver(new FakeExcel(), 'da').language()).toBe('da');
    expect(await bridgeOver(new FakeExcel(), 'fr-FR').language()).toBe('en');
    expect(await bridgeOver(new FakeExcel(), undefined).language()).toBe('en');
  });

  it('inserts every template of the core in both languages, in at most two syncs each', async () => {
    for (const id of TEMPLATE_IDS) {
      for (const lang of LANGS) {
        const excel = new FakeExcel();
        // The month of the host's clock: the tracking template's months start in its year.
        const spec = buildTemplate(id, lang, { year: 2026, month: 1 });
        const { sheetName } = await bridgeOver(excel).insertTemplate(id, lang);
        expect(sheetName).toBe(spec.sheetName);
        expect(excel.syncs, `${id} ${lang}`).toBeLessThanOrEqual(2);
        const sheet = excel.sheet(sheetName);
        const values = templateValues(spec, 'excel');
        // The last cell of the template lands where it belongs.
        const row = values.length - 1;
        const column = values[row].length - 1;
        if (sheet.isFormula(row, column)) expect(sheet.peek(row, column)?.input).toBe(values[row][column]);
        else expect(sheet.value(row, column)).toBe(values[row][column]);
      }
    }
  });

  it('validates the active sheet with findings at sheet cells, then selects a finding’s cell', async () => {
    const excel = new FakeExcel(new FakeSheet('Agreement').seed(agreementGrid(), 3, 1));
    const bridge = bridgeOver(excel);
    const { sheetName, findings } = await bridge.validateActiveSheet('en');
    expect(sheetName).toBe('Agreement');
    const owner = findings.find((finding) => finding.rule === 'owner')!;
    const direct = validateAgreement(agreementGrid(), { lang: 'en' }).find((finding) => finding.rule === 'owner')!;
    expect([owner.row, owner.column]).toEqual([direct.row! + 3, direct.column! + 1]);
    // The blank owner cell as the sheet has it.
    expect(excel.sheet('Agreement').value(owner.row!, owner.column!)).toBe('');
    expect(excel.sheet('Agreement').value(owner.row!, 1)).toBe('Hit rate');

    excel.active = excel.sheets[0];
    await bridge.selectCell(sheetName, owner.row!, owner.column!);
    expect(excel.selection).toEqual({ sheet: 'Agreement', address: `${String.fromCharCode(65 + owner.column!)}${owner.row! + 1}` });
  });

  it('saves a version stamped with the host’s clock', async () => {
    const excel = new FakeExcel(new FakeSheet('KPI Review').seed(agreementGrid()));
    const saved = await bridgeOver(excel).saveVersion('Kickoff', 'en');
    expect(saved).toEqual({ sheetName: 'Agreement history', rows: 3 });
    expect(excel.sheet('Agreement history').value(1, 0)).toBe('2026-01-15 09:30');
    expect(excel.sheet('Agreement history').value(1, 1)).toBe('Kickoff');
  });

  it('tells the pane when the watched sheet changes, and only that sheet, one handler per sheet', async () => {
    const excel = new FakeExcel(new FakeSheet('Agreement'), new FakeSheet('Notes'));
    const bridge = bridgeOver(excel);
    const heard: string[] = [];
    await bridge.watchSheet!('Agreement', () => heard.push('first'));
    await excel.sheet('Agreement').edit(2, 1, 'Hit rate');
    await excel.sheet('Notes').edit(0, 0, 'x');
    expect(heard).toEqual(['first']);
    // Watching again moves the watch: the old listener hears nothing more, no second handler is added.
    await bridge.watchSheet!('Agreement', () => heard.push('second'));
    await excel.sheet('Agreement').edit(3, 1, 'Churn');
    expect(heard).toEqual(['first', 'second']);
    expect(excel.sheet('Agreement').changedHandlers).toHaveLength(1);
    await bridge.watchSheet!('Notes', () => heard.push('notes'));
    await excel.sheet('Agreement').edit(4, 1, 'NPS');
    await excel.sheet('Notes').edit(1, 0, 'y');
    expect(heard).toEqual(['first', 'second', 'notes']);
    expect(excel.unsynced).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { validateActiveSheet } from '../../excel-addin/adapter/read';
import { selectCell } from '../../excel-addin/adapter/select';
import { validateAgreement } from '../../shared/validator';
import { agreementGrid } from './agreement';
import { CELL_ERRORS } from '../../shared/workbook';
import { FakeExcel, FakeSheet, mockContext } from './fakes';

/** The active sheet of an office-addin-mock workbook whose used range holds `values` at (row, column). */
function activeSheet(values: unknown[][], row = 0, column = 0) {
  return mockContext({
    workbook: {
      worksheets: {
        getActiveWorksheet() { return this.active; },
        active: {
          name: 'KPI Review',
          getUsedRange(valuesOnly: boolean) { return valuesOnly ? this.used : undefined; },
          used: { values, rowIndex: row, columnIndex: column },
        },
      },
    },
  });
}

describe('reading an agreement from Excel', () => {
  it('finds what validateAgreement finds on the same grid, in one sync', async () => {
    const grid = agreementGrid();
    const { context, syncs } = activeSheet(grid);
    const result = await validateActiveSheet(context, 'en');
    expect(result.sheetName).toBe('KPI Review');
    expect(result.findings).toEqual(validateAgreement(grid, { lang: 'en' }));
    expect(result.findings.some((finding) => finding.rule === 'owner' && finding.column !== undefined)).toBe(true);
    expect(syncs()).toBe(1);
  });

  it('points findings at sheet cells when the used range does not start at A1', async () => {
    const grid = agreementGrid();
    const { context } = activeSheet(grid, 4, 2);
    const { findings } = await validateActiveSheet(context, 'en');
    const direct = validateAgreement(grid, { lang: 'en' });
    expect(findings).toEqual(direct.map((finding) => ({
      ...finding,
      ...(finding.row === undefined ? {} : { row: finding.row + 4 }),
      ...(finding.column === undefined ? {} : { column: finding.column + 2 }),
    })));
    const owner = findings.find((finding) => finding.rule === 'owner');
    // The blank owner is on the grid's fourth row, in the owner column: sheet row 4 + 3.
    expect(owner?.row).toBe(7);
    expect(owner?.column).toBe(2 + grid[1].indexOf('Owner'));
  });

  it('speaks the language asked for', async () => {
    const grid = agreementGrid();
    const { findings } = await validateActiveSheet(activeSheet(grid).context, 'da');
    expect(findings.map((finding) => finding.message)).toEqual(validateAgreement(grid, { lang: 'da' }).map((finding) => finding.message));
  });

  it('reports a blank sheet as having no table', async () => {
    const { findings } = await validateActiveSheet(activeSheet([['']]).context, 'en');
    expect(findings.map((finding) => finding.rule)).toEqual(['no-table']);
  });
});

describe('selecting a finding’s cell', () => {
  it('activates the sheet and selects the cell at the finding’s row and column', async () => {
    const excel = new FakeExcel(new FakeSheet('Sheet1'), new FakeSheet('KPI Review (2)'));
    await selectCell(excel.context, 'KPI Review (2)', 6, 3, 'en');
    expect(excel.active.name).toBe('KPI Review (2)');
    expect(excel.selection).toEqual({ sheet: 'KPI Review (2)', address: 'D7' });
    expect(excel.syncs).toBe(2);
  });

  it.each(['en', 'da'] as const)('says in the shared words (%s) that a renamed or deleted sheet is gone, selecting nothing', async (lang) => {
    const excel = new FakeExcel(new FakeSheet('Renamed'));
    await expect(selectCell(excel.context, 'KPI Review', 1, 1, lang)).rejects.toThrow(CELL_ERRORS.noSheet('KPI Review')[lang]);
    expect(excel.selection).toBeUndefined();
    expect(excel.unsynced).toBe(0);
  });

  it('refuses a position that is no cell, in the shared words', async () => {
    const excel = new FakeExcel();
    await expect(selectCell(excel.context, 'Sheet1', -1, 0.5, 'da')).rejects.toThrow(CELL_ERRORS.notCell(-1, 0.5).da);
    expect(excel.syncs).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTemplate, TEMPLATE_IDS } from '../../shared/templates';
import { templateNumberFormats, templateValues } from '../../shared/templates/grid';
import { REVIEW_ROWS, reviewSheet } from '../../shared/templates/review';
import { renderFormula } from '../../shared/templates/formula';
import { STYLES } from '../../shared/templates/styles';
import type { TemplateSpec } from '../../shared/templates/spec';
import { monthOf } from '../../shared/tracking/run';
import { writeTemplate } from '../../sheets-addon/adapter/write-template';
import type { Spreadsheet, SpreadsheetService } from '../../sheets-addon/adapter/types';
import { loadCode } from './code';
import { fakeAppsScript, type FakeSheet } from './fakes';

/** The review template with every row twice: twice the cells, the same lists. */
function doubled(spec: TemplateSpec): TemplateSpec {
  return { ...spec, cells: [...spec.cells, ...spec.cells] };
}

/** Writes a spec with the adapter alone and returns the calls it took. */
function callsToWrite(spec: TemplateSpec): string[] {
  const apps = fakeAppsScript();
  writeTemplate(apps.globals.SpreadsheetApp as unknown as SpreadsheetService, apps.spreadsheet as unknown as Spreadsheet, spec);
  return apps.recorder.names();
}

function gridOf(sheet: FakeSheet, method: string): unknown[][] {
  const found = sheet.formats.filter((format) => format.method === method);
  expect(found, method).toHaveLength(1);
  return found[0].grid;
}

describe('inserting the review template from the menu', () => {
  const spec = reviewSheet('en');
  const apps = fakeAppsScript({ sheets: { Budget: [['Year', 2026]] } });
  loadCode(apps.globals).insertReviewTemplate();
  const sheet = apps.spreadsheet.sheet(spec.sheetName);

  it('adds a new sheet at the end and leaves the user on it', () => {
    expect(apps.spreadsheet.sheets.map((s) => s.name)).toEqual(['Budget', 'KPI Review']);
    expect(apps.spreadsheet.active).toBe(sheet);
  });

  it('writes every value and formula from A1, each formula in Sheets syntax, the statuses as KPI_RAG', () => {
    expect(sheet.contents(spec.cells.length, spec.columnCount)).toEqual(templateValues(spec, 'sheets'));
    const formulas = spec.cells.flat().flatMap((cell) => (cell?.formula ? [renderFormula(cell.formula, 'sheets')] : []));
    const written = sheet.contents(spec.cells.length, spec.columnCount).flat().filter((cell) => String(cell).startsWith('='));
    expect(written).toEqual(formulas);
    expect(written.filter((formula) => /KPI_RAG\(/.test(String(formula)))).toHaveLength(REVIEW_ROWS.kpis);
    for (const formula of written) expect(formula).not.toMatch(/KPI\.[A-Z]/);
  });

  it('gives every cell its number format, writing only formats the Sheets format guide documents (no "General")', () => {
    const formats = templateNumberFormats(spec);
    formats.forEach((row, r) => row.forEach((format, c) => expect(sheet.formatAt(r + 1, c + 1), `${r},${c}`).toBe(format)));
    const written = sheet.formats.filter(({ method }) => /^setNumberFormats?$/.test(method)).flatMap(({ grid }) => grid.flat());
    expect(written.length).toBeGreaterThan(0);
    expect(written).not.toContain('General');
  });

  it('sets the named styles over the whole rectangle', () => {
    const backgrounds = gridOf(sheet, 'setBackgrounds');
    const weights = gridOf(sheet, 'setFontWeights');
    spec.cells.forEach((row, r) => row.forEach((cell, c) => {
      const style = cell?.style ? STYLES[cell.style] : {};
      expect(backgrounds[r][c], `${r},${c}`).toBe(style.fill ?? null);
      expect(weights[r][c], `${r},${c}`).toBe(style.bold ? 'bold' : 'normal');
    }));
  });

  it('puts each dropdown on its cells only, one rule over the rectangle', () => {
    const rules = gridOf(sheet, 'setDataValidations');
    spec.cells.forEach((row, r) => row.forEach((_, c) => {
      const list = spec.validations.find(({ range }) =>
        r >= range.row && r < range.row + range.rows && c >= range.column && c < range.column + range.columns);
      const rule = rules[r][c] as { requireValueInList?: unknown[] } | null;
      if (list) expect(rule?.requireValueInList, `${r},${c}`).toEqual([[...list.values], true]);
      else expect(rule, `${r},${c}`).toBeNull();
    }));
  });

  it('colours the status cells by their text with one set of conditional rules', () => {
    expect(sheet.conditionalRules).toHaveLength(spec.conditionalFills.length);
    expect(sheet.conditionalRules.map((rule) => (rule as { whenTextEqualTo: string }).whenTextEqualTo))
      .toEqual(spec.conditionalFills.map((fill) => fill.equals));
  });

  it('sets the column widths and frozen rows of the spec', () => {
    expect(spec.columnWidths.map((_, c) => sheet.columnWidths.get(c + 1))).toEqual(spec.columnWidths);
    expect(sheet.frozenRows).toBe(spec.frozenRows);
  });
});

describe('the number of calls a template takes', () => {
  it('does not grow with the number of cells: twice the rows, the same calls', () => {
    const spec = reviewSheet('en');
    expect(callsToWrite(doubled(spec))).toEqual(callsToWrite(spec));
  });

  it('is far below one call per cell', () => {
    const spec = reviewSheet('en');
    expect(callsToWrite(spec).length).toBeLessThan(spec.cells.length * spec.columnCount / 10);
  });

  it('reads no cell and writes with one call per property', () => {
    const calls = callsToWrite(reviewSheet('da'));
    const formats = new Set(templateNumberFormats(reviewSheet('da')).flat().filter((format) => format !== 'General'));
    expect(calls.filter((call) => call === 'RangeList.setNumberFormat')).toHaveLength(formats.size);
    for (const method of ['setValues', 'setBackgrounds', 'setFontColors', 'setFontWeights', 'setFontStyles',
      'setFontSizes', 'setWraps', 'setDataValidations', 'setConditionalFormatRules', 'setFrozenRows']) {
      expect(calls.filter((call) => call.endsWith(`.${method}`)), method).toHaveLength(1);
    }
    expect(calls.filter((call) => /getValues|getValue$/.test(call))).toEqual([]);
  });
});

describe('never overwriting a sheet', () => {
  it('inserts "KPI Review (2)" when "KPI Review" exists and leaves the original untouched', () => {
    const original = [['My own notes', 42], ['', 'keep']];
    const apps = fakeAppsScript({ sheets: { 'KPI Review': original } });
    loadCode(apps.globals).insertReviewTemplate();
    expect(apps.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['KPI Review', 'KPI Review (2)']);
    expect(apps.spreadsheet.sheet('KPI Review').snapshot()).toEqual(original);
    expect(apps.recorder.calls.filter((call) => call.target.includes('KPI Review!') || call.target === 'Sheet(KPI Review)')
      .map((call) => call.method)).toEqual(['getName']);
  });

  it('compares names case-insensitively, as Sheets does', () => {
    const apps = fakeAppsScript({ sheets: { 'kpi review': [['x']], 'KPI REVIEW (2)': [['y']] } });
    loadCode(apps.globals).insertReviewTemplate();
    expect(apps.spreadsheet.active.name).toBe('KPI Review (3)');
  });
});

const NOVEMBER = new Date(2026, 10, 15, 12);

/** A `Date` whose now is `now`, for code run in a context of its own: `new Date()` and `Date.now()` read it. */
function clockAt(now: Date): DateConstructor {
  return class extends Date {
    constructor(...args: unknown[]) {
      // Every argument goes on to Date, `new Date(2027, 0, 1)` as much as `new Date(serial)`.
      super(...((args.length === 0 ? [now.getTime()] : args) as [number]));
    }

    static override now(): number {
      return now.getTime();
    }
  } as DateConstructor;
}

describe('every template from its menu item', () => {
  it.each(TEMPLATE_IDS)('%s: a new sheet named by the template, in the user\'s language', (id) => {
    for (const [locale, lang] of [['en', 'en'], ['da', 'da']] as const) {
      const apps = fakeAppsScript({ locale });
      const handler = `insert${id[0].toUpperCase()}${id.slice(1)}Template`;
      // Apps Script's clock, held at a day in November: the tracking template's months start in its year.
      loadCode({ ...apps.globals, Date: clockAt(NOVEMBER) })[handler]();
      const spec = buildTemplate(id, lang, monthOf(NOVEMBER));
      const sheet = apps.spreadsheet.active;
      expect(sheet.name).toBe(spec.sheetName);
      // Dates as the serials written (the tracking sheet's first month), not as getValues shows them.
      const written = spec.cells.map((row, r) => row.map((_, c) => sheet.formulaAt(r + 1, c + 1) || sheet.storedAt(r + 1, c + 1)));
      expect(written).toEqual(templateValues(spec, 'sheets'));
    }
  });
});

describe('text that starts with "="', () => {
  it('stays text in the sheet, while formulas stay formulas', () => {
    const spec = reviewSheet('en');
    const cells = spec.cells.map((row) => [...row]);
    cells[0][0] = { value: '=1+1 is not a formula here', style: 'title' };
    const apps = fakeAppsScript();
    writeTemplate(apps.globals.SpreadsheetApp as unknown as SpreadsheetService, apps.spreadsheet as unknown as Spreadsheet, { ...spec, cells });
    const sheet = apps.spreadsheet.active;
    expect(sheet.valueAt(1, 1)).toBe('=1+1 is not a formula here');
    expect(sheet.formulaAt(1, 1)).toBe('');
    const formulas = spec.cells.flatMap((row, r) => row.flatMap((cell, c) => (sheet.formulaAt(r + 1, c + 1) === '' ? [] : [cell?.formula])));
    expect(formulas).toHaveLength(spec.cells.flat().filter((cell) => cell?.formula).length);
    expect(formulas.every((formula) => formula !== undefined)).toBe(true);
  });
});

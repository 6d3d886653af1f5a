import { describe, expect, it } from 'vitest';
import {
  FORMATS, SheetBuilder, a1Range, cellRange, computed, dateSerial, input, section,
  templateNumberFormats, templateStyles, templateValues, withoutMissingSheets,
} from '../../shared/templates/grid';
import { namesMissingSheet, sheetsNamedIn } from '../../shared/templates/formula';
import { STYLES } from '../../shared/templates/styles';

describe('A1 references', () => {
  it('writes 0-based ranges 1-based', () => {
    expect(a1Range(cellRange(4, 1, 24))).toBe('B5:B28');
    expect(a1Range(cellRange(2, 3, 2, 3))).toBe('D3:F4');
  });
});

describe('dateSerial', () => {
  it('counts days as Excel and Sheets do', () => {
    expect(dateSerial(2026, 1, 1)).toBe(46023);
    expect(dateSerial(1900, 3, 1)).toBe(61);
    expect(dateSerial(2024, 3, 1) - dateSerial(2024, 2, 1)).toBe(29);
  });
});

describe('SheetBuilder', () => {
  const build = () => {
    const sheet = new SheetBuilder([100, 80, 60]);
    sheet.row(section('Title'));
    const row = sheet.row(input(3, FORMATS.percent), computed('={RAG}(A2,1)'));
    sheet.list(cellRange(row, 0), ['a', 'b']);
    sheet.ragFills(cellRange(row, 1));
    return sheet.build({ id: 'review', lang: 'en', sheetName: 'S', frozenRows: 1 });
  };

  it('pads short rows with blanks to the width of the sheet', () => {
    const spec = build();
    expect(spec.columnCount).toBe(3);
    expect(spec.cells.map((row) => row.length)).toEqual([3, 3]);
    expect(spec.cells[0][1]).toBeNull();
  });

  it('refuses a row wider than the sheet', () => {
    const sheet = new SheetBuilder([100]);
    expect(() => sheet.row(input(), input())).toThrow(/2 cells/);
  });

  it('collects dropdowns and RAG fills for the English and the Danish words', () => {
    const spec = build();
    expect(spec.validations).toEqual([{ range: cellRange(1, 0), values: ['a', 'b'] }]);
    expect(spec.conditionalFills.map((fill) => fill.equals)).toEqual(['Green', 'Grøn', 'Amber', 'Gul', 'Red', 'Rød']);
  });

  it('gives hosts values with blanks as "", formats with General as default, styles from STYLES', () => {
    const spec = build();
    expect(templateValues(spec, 'excel')).toEqual([['Title', '', ''], [3, '=KPI.RAG(A2,1)', '']]);
    expect(templateValues(spec, 'sheets')[1][1]).toBe('=KPI_RAG(A2,1)');
    expect(templateNumberFormats(spec)).toEqual([['General', 'General', 'General'], ['0%', 'General', 'General']]);
    expect(templateStyles(spec)).toEqual([[STYLES.section, undefined, undefined], [STYLES.input, STYLES.computed, undefined]]);
  });

  it('keeps an input without a value blank, but keeps false and 0', () => {
    const sheet = new SheetBuilder([10, 10, 10]);
    sheet.row(input(), input(false), input(0));
    expect(templateValues(sheet.build({ id: 'review', lang: 'en', sheetName: 'S', frozenRows: 0 }), 'excel')).toEqual([['', false, 0]]);
  });
});

describe('formulas over other sheets', () => {
  it('names the sheets a formula reads, quoted or not, and not the text in quotes', () => {
    expect(sheetsNamedIn(`=IF(B12="","",INDEX('KPI tracking'!$F:$F,MATCH(B12,'KPI tracking'!$A:$A,0)+2))`)).toEqual(['KPI tracking', 'KPI tracking']);
    expect(sheetsNamedIn(`=Data!A1+'It''s'!B2&"Not!A1"`)).toEqual(['Data', "It's"]);
    expect(sheetsNamedIn('=SUM(A1:A3)')).toEqual([]);
    expect(namesMissingSheet(`='kpi TRACKING'!A1`, ['KPI tracking'])).toBe(false);
    expect(namesMissingSheet(`='KPI tracking'!A1+Other!B1`, ['KPI tracking'])).toBe(true);
  });

  it('drops only the formulas over a missing sheet, keeping their cells\' look', () => {
    const sheet = new SheetBuilder([10, 10, 10]);
    sheet.row({ ...computed(`=IFERROR('Gone'!A1,"")`, FORMATS.number), style: 'input' }, computed('={RAG}(A1,1)'), computed(`='Here'!A1`));
    const spec = sheet.build({ id: 'review', lang: 'en', sheetName: 'S', frozenRows: 0 });
    expect(withoutMissingSheets(spec, ['Here']).cells).toEqual([[{ style: 'input', numberFormat: FORMATS.number }, spec.cells[0][1], spec.cells[0][2]]]);
    expect(withoutMissingSheets(spec, ['Here', 'gone']).cells).toEqual(spec.cells);
  });
});

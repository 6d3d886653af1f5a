import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { FORMATS, templateValues } from '../../shared/templates/grid';
import { TRACKING_BLOCKS, TRACKING_MONTHS, trackingSheet } from '../../shared/templates/tracking';
import { cellAt } from './specs';

const FIRST_MONTH_ROW = 4;
const HEADER_ROW = 3;

describe.each(LANGS)('the tracking sheet (%s)', (lang) => {
  const spec = trackingSheet(lang);
  const values = templateValues(spec, 'excel');
  const headers = values[HEADER_ROW];
  const blockStarts = Array.from({ length: TRACKING_BLOCKS }, (_, block) => 1 + block * 6);

  it('has a header row with Month and three blocks of six columns, the sheet\'s language', () => {
    const [actual, , oneOff] = lang === 'en' ? ['Actual', 'Target', 'One-off event'] : ['Faktisk', 'Mål', 'Engangshændelse'];
    expect(headers[0]).toBe(lang === 'en' ? 'Month' : 'Måned');
    expect(spec.columnCount).toBe(1 + 6 * TRACKING_BLOCKS);
    for (const start of blockStarts) {
      expect(headers[start]).toBe(actual);
      expect(headers[start + 2]).toBe(oneOff);
      expect(headers[start + 5]).toBe('RAG');
    }
  });

  it('has a row per month for 24 months, each month the first of the month after the one above', () => {
    expect(spec.cells.length).toBe(FIRST_MONTH_ROW + TRACKING_MONTHS);
    expect(cellAt(spec, FIRST_MONTH_ROW, 0)).toMatchObject({ style: 'input', numberFormat: FORMATS.month });
    expect(cellAt(spec, FIRST_MONTH_ROW + 1, 0)?.formula).toBe('=IF(A5="","",EDATE(A5,1))');
    expect(cellAt(spec, FIRST_MONTH_ROW + 23, 0)?.formula).toBe('=IF(A27="","",EDATE(A27,1))');
  });

  it('writes each computed column once, at its top, as a formula spilling over all 24 months', () => {
    // A Danish sheet asks RAG for the Danish words.
    const words = lang === 'da' ? ',"da"' : '';
    // Each blank where its month has no actual yet (and RAG where it has no target), month by month.
    const guarded = (actual: string, formula: string) => `=(IF(${actual}="","",${formula}))`;
    const block = (actual: string, target: string, oneOff: string, direction: string) => [
      guarded(actual, `KPI.ROLLING(${actual},12,,${oneOff})`),
      guarded(actual, `KPI.YOY(${actual},12)`),
      guarded(actual, `IF(${target}="","",KPI.RAG(${actual},${target},,${direction}${words}))`),
    ];
    expect(values[FIRST_MONTH_ROW].filter((value) => String(value).includes('KPI.'))).toEqual([
      ...block('B5:B28', 'C5:C28', 'D5:D28', 'G3'),
      ...block('H5:H28', 'I5:I28', 'J5:J28', 'M3'),
      ...block('N5:N28', 'O5:O28', 'P5:P28', 'S3'),
    ]);
    // Anything written below a spilling formula would block it.
    for (const row of values.slice(FIRST_MONTH_ROW + 1)) {
      for (const start of blockStarts) expect(row.slice(start + 3, start + 6)).toEqual(['', '', '']);
    }
  });

  it('formats the spilled cells too: YOY as percent, the rolling baseline as a number', () => {
    for (const start of blockStarts) {
      for (let row = FIRST_MONTH_ROW; row < FIRST_MONTH_ROW + TRACKING_MONTHS; row++) {
        expect(cellAt(spec, row, start + 3)?.numberFormat).toBe(FORMATS.number);
        expect(cellAt(spec, row, start + 4)?.numberFormat).toBe(FORMATS.percent);
      }
    }
  });

  it('names each block above it and lets the user pick the direction its RAG reads', () => {
    for (const start of blockStarts) {
      expect(cellAt(spec, 2, start)?.value).toMatch(/^KPI \d$/);
      const direction = spec.validations.find((v) => v.range.row === 2 && v.range.column === start + 5);
      expect(direction?.values).toEqual(lang === 'en' ? ['Higher', 'Lower', 'Target'] : ['Højere', 'Lavere', 'Mål']);
    }
  });

  it('colours every RAG column over the 24 months', () => {
    for (const start of blockStarts) {
      const fills = spec.conditionalFills.filter((fill) => fill.range.column === start + 5);
      expect(fills.map((fill) => fill.equals)).toEqual(['Green', 'Grøn', 'Amber', 'Gul', 'Red', 'Rød']);
      for (const fill of fills) expect(fill.range).toMatchObject({ row: FIRST_MONTH_ROW, rows: TRACKING_MONTHS, columns: 1 });
    }
  });

  it('freezes the rows above the first month', () => {
    expect(spec.frozenRows).toBe(FIRST_MONTH_ROW);
  });
});

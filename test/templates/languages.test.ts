import { describe, expect, it } from 'vitest';
import { TRACKING_SHEET_NAME, sheetRef } from '../../shared/tracking/layout';
import { COLUMNS } from '../../shared/agreement/columns';
import { TEMPLATE_IDS, buildTemplate } from '../../shared/templates';
import type { TemplateSpec } from '../../shared/templates/spec';
import { rowsStartingWith, TEMPLATE_MONTH } from './specs';

/** Where a sheet has text, formula or nothing: what must not differ between languages. */
const shapeOf = (spec: TemplateSpec) =>
  spec.cells.map((row) => row.map((cell) => (cell === null ? null : { kind: cell.formula ? 'formula' : 'value', style: cell.style, format: cell.numberFormat })));

describe.each(TEMPLATE_IDS)('%s in English and Danish', (id) => {
  const en = buildTemplate(id, 'en', TEMPLATE_MONTH);
  const da = buildTemplate(id, 'da', TEMPLATE_MONTH);

  it('has the same shape: cells, styles, formats, widths, frozen rows, ranges and formulas', () => {
    expect(shapeOf(da)).toEqual(shapeOf(en));
    expect(da.columnWidths).toEqual(en.columnWidths);
    expect(da.frozenRows).toBe(en.frozenRows);
    expect(da.validations.map((v) => v.range)).toEqual(en.validations.map((v) => v.range));
    expect(da.conditionalFills).toEqual(en.conditionalFills);
    // The same formulas, but for the Danish status words RAG is asked for and the sheet each
    // language names its tracking sheet by.
    const formulas = (spec: TemplateSpec) => spec.cells.flat().map((cell) =>
      cell?.formula?.replace(/,"da"\)/, ')').split(sheetRef(TRACKING_SHEET_NAME[spec.lang])).join('<tracking>'));
    expect(formulas(da)).toEqual(formulas(en));
  });

  it('says it in its own language: a Danish sheet name and Danish title', () => {
    expect(da.lang).toBe('da');
    expect(da.sheetName).not.toBe(en.sheetName);
    expect(da.cells[0][0]?.value).not.toBe(en.cells[0][0]?.value);
  });

  it('translates every text cell that is not the same word in both languages', () => {
    const texts = (spec: TemplateSpec) => spec.cells.flat().map((cell) => (typeof cell?.value === 'string' ? cell.value : undefined));
    const [enTexts, daTexts] = [texts(en), texts(da)];
    const translated = enTexts.filter((text, i) => text !== undefined && text !== daTexts[i]).length;
    const total = enTexts.filter((text) => text !== undefined).length;
    // Loanwords such as KPI, Baseline, Status, Team and SMART stay; most text must not.
    expect(translated / total).toBeGreaterThan(0.6);
  });
});

describe('the Danish review sheet', () => {
  const da = buildTemplate('review', 'da', TEMPLATE_MONTH);
  const [headerRow] = rowsStartingWith(da, 'Nr.');

  it('heads the agreement table with the Danish headers of columns.ts, in order', () => {
    expect(da.cells[headerRow].slice(1, 1 + COLUMNS.length).map((cell) => cell?.value)).toEqual(COLUMNS.map((column) => column.header.da));
  });

  it('offers Danish labels in the dropdowns', () => {
    const values = da.validations.flatMap((validation) => validation.values);
    expect(values).toEqual(expect.arrayContaining(['Kvantitet', 'Kvalitet', 'Individuel', 'Højere', 'Lavere', 'Månedligt']));
    expect(values).not.toContain('Quantity');
    expect(values).not.toContain('Monthly');
  });
});

it('the Danish checklist answers Ja / Nej, the English Yes / No', () => {
  expect(buildTemplate('checklist', 'da', TEMPLATE_MONTH).validations[0].values).toEqual(['Ja', 'Nej']);
  expect(buildTemplate('checklist', 'en', TEMPLATE_MONTH).validations[0].values).toEqual(['Yes', 'No']);
});

import { describe, expect, it } from 'vitest';
import { FUNCTION_IDS } from '../../shared/functions/names';
import { templateNumberFormats, templateStyles, templateValues } from '../../shared/templates/grid';
import type { CellRange, TemplateSpec } from '../../shared/templates/spec';
import { ALL_SPECS } from './specs';

const inside = (spec: TemplateSpec, range: CellRange): boolean =>
  range.row >= 0 && range.column >= 0 && range.rows >= 1 && range.columns >= 1 &&
  range.row + range.rows <= spec.cells.length && range.column + range.columns <= spec.columnCount;

const formulasOf = (spec: TemplateSpec): string[] => spec.cells.flat().flatMap((cell) => (cell?.formula ? [cell.formula] : []));

describe.each(ALL_SPECS)('$name', ({ spec }) => {
  it('is a rectangle of columnCount columns, with a width for each', () => {
    expect(spec.cells.length).toBeGreaterThan(0);
    for (const row of spec.cells) expect(row).toHaveLength(spec.columnCount);
    expect(spec.columnWidths).toHaveLength(spec.columnCount);
    for (const width of spec.columnWidths) expect(width).toBeGreaterThan(0);
  });

  it('keeps every dropdown and conditional fill inside the sheet, and freezes no more rows than it has', () => {
    for (const { range, values } of spec.validations) {
      expect(inside(spec, range), JSON.stringify(range)).toBe(true);
      expect(values.length).toBeGreaterThan(1);
    }
    // Excel takes a list's source as one comma-separated text.
    for (const { values } of spec.validations) for (const value of values) expect(value).not.toContain(',');
    for (const { range } of spec.conditionalFills) expect(inside(spec, range), JSON.stringify(range)).toBe(true);
    expect(spec.frozenRows).toBeGreaterThanOrEqual(0);
    expect(spec.frozenRows).toBeLessThan(spec.cells.length);
  });

  it('gives a cell a value or a formula, never both, and formulas start with "="', () => {
    for (const cell of spec.cells.flat()) {
      if (cell?.formula !== undefined) {
        expect(cell.value).toBeUndefined();
        expect(cell.formula.startsWith('=')).toBe(true);
      }
    }
  });

  it('names only contract functions in its placeholders', () => {
    const placeholders = formulasOf(spec).flatMap((formula) => [...formula.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]));
    // {ARRAY} is no function: the wrapper a host needs to evaluate an IF over a range (formula.ts).
    for (const id of placeholders) expect([...FUNCTION_IDS, 'ARRAY']).toContain(id);
  });

  it('renders KPI.X for Excel and KPI_X for Sheets, with no placeholder left', () => {
    const rendered = (syntax: 'excel' | 'sheets') =>
      templateValues(spec, syntax).flat().filter((value): value is string => typeof value === 'string' && value.startsWith('='));
    const kpiFormulas = formulasOf(spec).filter((formula) => formula.includes('{'));
    const excel = rendered('excel').filter((formula) => /KPI[._]/.test(formula));
    const sheets = rendered('sheets').filter((formula) => /KPI[._]/.test(formula));
    expect(excel).toHaveLength(kpiFormulas.length);
    expect(sheets).toHaveLength(kpiFormulas.length);
    for (const formula of excel) expect(formula).toMatch(/KPI\.[A-Z]+\(/);
    for (const formula of sheets) expect(formula).toMatch(/KPI_[A-Z]+\(/);
    for (const formula of [...rendered('excel'), ...rendered('sheets')]) {
      expect(formula).not.toContain('{');
      expect(formula).not.toMatch(/KPI\.[A-Z]+.*KPI_|KPI_[A-Z]+.*KPI\./);
    }
  });

  it('gives the batched arrays the shape of the sheet', () => {
    for (const grid of [templateValues(spec, 'excel'), templateNumberFormats(spec), templateStyles(spec)]) {
      expect(grid).toHaveLength(spec.cells.length);
      for (const row of grid) expect(row).toHaveLength(spec.columnCount);
    }
  });
});

it('every template with KPI formulas uses them: the review its RAG status and its weighted score, tracking its baseline, series, RAG and pace', () => {
  const used = (name: string) => new Set(ALL_SPECS.find((entry) => entry.name === name)!.spec.cells.flat()
    .flatMap((cell) => [...(cell?.formula ?? '').matchAll(/\{([A-Z]+)\}/g)].map((match) => match[1])).filter((id) => id !== 'ARRAY'));
  expect([...used('review.en')].sort()).toEqual(['ATTAINMENT', 'RAG', 'SCORE']);
  expect([...used('tracking.en')].sort()).toEqual(['BASELINE', 'PACE', 'RAG', 'ROLLING', 'YOY']);
});

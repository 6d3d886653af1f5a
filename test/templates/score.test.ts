import { describe, expect, it } from 'vitest';
import { column } from '../../shared/agreement/columns';
import { callFunction } from '../../shared/functions/registry';
import { LANGS } from '../../shared/i18n/lang';
import { validateAgreement } from '../../shared/index';
import { exampleReview, exampleTracking } from '../../shared/templates/example';
import type { TemplateSpec } from '../../shared/templates/spec';
import { DEFAULT_SCORE_CAP, REVIEW_ROWS, kpiRow, reviewSheet } from '../../shared/templates/review';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { rowsStartingWith } from './specs';

const SCORE_LABEL = { en: 'Weighted score', da: 'Vægtet score' };

/** A review computed by the playground's engine beside `others`, and where its table and score row stand. */
function computedReview(spec: TemplateSpec, lang: 'en' | 'da', others: readonly TemplateSpec[] = []) {
  const book = PlaygroundWorkbook.withSheets([spec, ...others]);
  const values = book.values(spec.sheetName);
  const [headerRow] = rowsStartingWith(spec, lang === 'en' ? 'No.' : 'Nr.');
  const [scoreRow] = rowsStartingWith(spec, SCORE_LABEL[lang]);
  const at = (key: 'actual' | 'target' | 'direction' | 'weight') => values[headerRow].indexOf(column(key).header[lang]);
  return { book, values, headerRow, scoreRow, at };
}

describe.each(LANGS)('the review\'s weights and score (%s)', (lang) => {
  it('weighs the named KPIs equally until the pair types their own, so the weights add up to 100 %', () => {
    const kpis = ['A', 'B', 'C'].map((name) => kpiRow({ kpi: { en: name, da: name } }, lang));
    const { values, headerRow, at } = computedReview(reviewSheet(lang, { kpis }), lang);
    const weights = values.slice(headerRow + 1, headerRow + 1 + REVIEW_ROWS.kpis).map((row) => row[at('weight')]);
    expect(weights.slice(0, 3).map(Number)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(weights.slice(3)).toEqual(['', '']);
    expect(validateAgreement(values, { lang }).filter((finding) => finding.rule === 'weights')).toEqual([]);
  });

  it('leaves the score blank while no KPI has an actual, with the cap at 120 %', () => {
    const { values, scoreRow, headerRow } = computedReview(reviewSheet(lang), lang);
    expect(scoreRow).toBeGreaterThan(headerRow + REVIEW_ROWS.kpis + 1);
    expect(values[headerRow + REVIEW_ROWS.kpis + 1].every((cell) => cell === null || cell === '')).toBe(true);
    expect(values[scoreRow][1]).toBe('');
    expect(values[scoreRow][3]).toBe(DEFAULT_SCORE_CAP);
  });

  it('scores the example as KPI.SCORE of its attainments by its weights, and follows a cap typed in', () => {
    const spec = exampleReview(lang);
    // Its actuals come from the example's tracking sheet.
    const { book, values, headerRow, scoreRow, at } = computedReview(spec, lang, [exampleTracking(lang)]);
    const rows = values.slice(headerRow + 1, headerRow + 5);
    const attainments = rows.map((row) => [callFunction('ATTAINMENT', row[at('actual')], row[at('target')], row[at('direction')])]);
    const weights = rows.map((row) => [row[at('weight')]]);
    const expected = callFunction('SCORE', attainments, weights, DEFAULT_SCORE_CAP);
    expect(typeof expected).toBe('number');
    expect(values[scoreRow][1]).toBeCloseTo(expected as number, 12);
    book.setInput(spec.sheetName, { row: scoreRow, column: 3 }, '1');
    const capped = book.value(spec.sheetName, { row: scoreRow, column: 1 });
    expect(capped).toBeCloseTo(callFunction('SCORE', attainments, weights, 1) as number, 12);
    expect(capped).toBeLessThan(expected as number);
  });
});

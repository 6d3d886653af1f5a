import { describe, expect, it } from 'vitest';
import { column } from '../../shared/agreement/columns';
import { LANGS } from '../../shared/i18n/lang';
import { validateAgreement } from '../../shared/index';
import { REVIEW_ROWS, kpiRow, reviewSheet } from '../../shared/templates/review';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { rowsStartingWith } from './specs';

/** A review computed by the playground's engine, and where its table and score row stand. */
function computedReview(spec: ReturnType<typeof reviewSheet>, lang: 'en' | 'da') {
  const book = PlaygroundWorkbook.withSheets([spec]);
  const values = book.values(spec.sheetName);
  const [headerRow] = rowsStartingWith(spec, lang === 'en' ? 'No.' : 'Nr.');
  const at = (key: 'actual' | 'target' | 'direction' | 'weight') => values[headerRow].indexOf(column(key).header[lang]);
  return { book, values, headerRow, at };
}

describe.each(LANGS)('the review\'s weights (%s)', (lang) => {
  it('weighs the named KPIs equally until the pair types their own, so the weights add up to 100 %', () => {
    const kpis = ['A', 'B', 'C'].map((name) => kpiRow({ kpi: { en: name, da: name } }, lang));
    const { values, headerRow, at } = computedReview(reviewSheet(lang, { kpis }), lang);
    const weights = values.slice(headerRow + 1, headerRow + 1 + REVIEW_ROWS.kpis).map((row) => row[at('weight')]);
    expect(weights.slice(0, 3).map(Number)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(weights.slice(3)).toEqual(['', '']);
    expect(validateAgreement(values, { lang }).filter((finding) => finding.rule === 'weights')).toEqual([]);
  });
});

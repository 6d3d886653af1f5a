import { describe, expect, it } from 'vitest';
import { column, type ColumnKey } from '../../shared/agreement/columns';
import { callFunction } from '../../shared/functions/registry';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { validateAgreement } from '../../shared/index';
import type { KpiEntry } from '../../shared/templates/review';
import { BASELINE_MONTHS, type TrackingBlock } from '../../shared/tracking/layout';
import { planTracking, type TrackingPlan } from '../../shared/tracking/plan';
import { applyPlan, reviewBook } from './helpers';

/** Neither KPI has a typed Actual or Baseline: the review reads both from tracking. */
const KPIS: readonly KpiEntry[] = [
  { kpi: { en: 'Resolved cases', da: 'Løste sager' }, kind: 'quantity', direction: 'higher', target: 200 },
  { kpi: { en: 'First reply (hours)', da: 'Første svar (timer)' }, kind: 'quality', direction: 'lower', target: 4 },
];

/** The review of KPIS in the playground, and its tracking sheet written as the plan lays it out. */
function flow(lang: Lang, links: boolean) {
  const setup = reviewBook(lang, KPIS);
  const header = setup.book.values(setup.review).findIndex((row) => row.includes(column('kpi').header[lang]) && row.includes(column('actual').header[lang]));
  const cell = (kpi: number, key: ColumnKey) => ({
    row: header + 1 + kpi, column: setup.book.values(setup.review)[header].indexOf(column(key).header[lang]),
  });
  const reviewValue = (kpi: number, key: ColumnKey) => setup.book.value(setup.review, cell(kpi, key));
  const before = ([0, 1] as const).map((kpi) => (['actual', 'baseline', 'status'] as const).map((key) => reviewValue(kpi, key)));
  const plan = planTracking(setup.agreement(), setup.options) as TrackingPlan;
  expect(plan.ok).toBe(true);
  if (links) applyPlan(setup.book, setup.review, plan);
  else setup.book.addTemplate(plan.layout.spec);
  const type = (block: TrackingBlock, month: number, value: number | string, at = block.columns.actual) =>
    setup.book.setInput(plan.layout.sheetName, { row: block.firstMonthRow + month, column: at }, String(value));
  return { ...setup, plan, before, cell, reviewValue, type, findings: () => validateAgreement(setup.book.values(setup.review), { lang }) };
}

describe.each(LANGS)('the review over its tracking sheet (%s)', (lang) => {
  it('shows a blank Actual, Baseline and Status while there is no tracking sheet: no 0, no Red', () => {
    const { before } = flow(lang, false);
    expect(before).toEqual([['', '', ''], ['', '', '']]);
  });

  for (const links of [false, true]) {
    const how = links ? 'once tracking links its cells' : 'from the template\'s own formulas';
    it(`reads the latest month's actual and the baseline months' KPI.BASELINE, one-off events left out, ${how}`, () => {
      const { plan, type, reviewValue, book, review, cell } = flow(lang, links);
      const [cases, reply] = plan.layout.blocks;
      expect([reviewValue(0, 'actual'), reviewValue(0, 'baseline'), reviewValue(0, 'status')]).toEqual(['', '', '']);
      const baseline = Array.from({ length: BASELINE_MONTHS }, (_, month) => 170 + month);
      baseline.forEach((value, month) => type(cases, month, value));
      type(cases, 4, 'Black Friday', cases.columns.oneOff);
      type(cases, BASELINE_MONTHS, 190);
      type(cases, BASELINE_MONTHS + 1, 210);
      const oneOffs = baseline.map((_, month) => [month === 4 ? 'Black Friday' : '']);
      expect(reviewValue(0, 'baseline')).toBeCloseTo(callFunction('BASELINE', baseline.map((v) => [v]), BASELINE_MONTHS, null, oneOffs) as number, 9);
      expect(reviewValue(0, 'actual')).toBe(210);
      expect(reviewValue(0, 'status')).toBe(callFunction('RAG', 210, 200, null, 'higher', lang));
      // The other KPI has no months yet: still blank, and its status too.
      expect([reviewValue(1, 'actual'), reviewValue(1, 'baseline'), reviewValue(1, 'status')]).toEqual(['', '', '']);
      type(reply, BASELINE_MONTHS, 5);
      expect(reviewValue(1, 'actual')).toBe(5);
      expect(reviewValue(1, 'status')).toBe(callFunction('RAG', 5, 4, null, 'lower', lang));
      // A rename in the review keeps the link: the block's name follows it.
      book.setInput(review, cell(0, 'kpi'), lang === 'en' ? 'Closed cases' : 'Lukkede sager');
      expect(reviewValue(0, 'actual')).toBe(210);
    });
  }

  it('lets the validator read the computed numbers as it reads typed ones', () => {
    const { plan, type, findings, cell } = flow(lang, false);
    const [cases] = plan.layout.blocks;
    const baselineRows = (rule: string) => findings().filter((finding) => finding.rule === rule).map((finding) => finding.row);
    const casesRow = cell(0, 'kpi').row;
    expect(baselineRows('baseline')).toContain(casesRow);
    // A baseline of 100 against a target of 200: more than 50 % better, which the realism rule reads.
    for (let month = 0; month < BASELINE_MONTHS; month++) type(cases, month, 100);
    expect(baselineRows('baseline')).not.toContain(casesRow);
    expect(baselineRows('realism')).toContain(casesRow);
  });
});

import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { templateValues } from '../../shared/templates/grid';
import { BASELINE_MONTHS, YTD_MODES, trackedKpis, trackingLayout, type TrackingBlock } from '../../shared/tracking/layout';
import { planTracking, type TrackingPlan } from '../../shared/tracking/plan';
import { cellAddress } from '../../shared/workbook';
import { applyPlan, KPIS, reviewBook, TODAY } from './helpers';

const created = (lang: 'en' | 'da', period = '2027') => {
  const setup = reviewBook(lang, KPIS, period);
  const plan = planTracking(setup.agreement(), setup.options) as TrackingPlan;
  expect(plan.ok).toBe(true);
  applyPlan(setup.book, setup.review, plan);
  const sheet = plan.layout.sheetName;
  const type = (block: TrackingBlock, month: number, value: number | string, column = block.columns.actual) =>
    setup.book.setInput(sheet, { row: block.firstMonthRow + month, column }, String(value));
  const value = (at: { row: number; column: number }) => setup.book.value(sheet, at);
  return { ...setup, plan, sheet, type, value };
};

describe.each(LANGS)('the tracking layout (%s)', (lang) => {
  it('has one block per named KPI, stacked, each with 12 baseline months and the period\'s months', () => {
    const { plan } = created(lang, 'Jan - Jun 2027');
    const blocks = plan.layout.blocks;
    expect(blocks).toHaveLength(KPIS.length);
    for (const block of blocks) {
      expect(block.periodFirstRow - block.firstMonthRow).toBe(BASELINE_MONTHS);
      expect(block.lastMonthRow - block.periodFirstRow + 1).toBe(6);
      expect([block.summaryLabelRow, block.summaryRow, block.headerRow, block.firstMonthRow]).toEqual([1, 2, 3, 4].map((n) => block.kpiRow + n));
    }
    expect(blocks[1].kpiRow).toBe(blocks[0].lastMonthRow + 2);
    expect(plan.layout.spec.cells).toHaveLength(blocks[1].lastMonthRow + 1);
  });

  it('names, targets and directs each block by formulas over the review, so a rename there shows here', () => {
    const { book, review, sheet, plan, value } = created(lang);
    const [first] = plan.layout.blocks;
    const values = templateValues(plan.layout.spec, 'excel');
    expect(values[first.kpiRow][0]).toBe(`=T('${review}'!B12)`);
    expect(value(first.summary.target)).toBe(200);
    book.setInput(review, { row: 11, column: 1 }, 'Closed cases');
    expect(value(first.summary.name)).toBe('Closed cases');
    expect(book.value(sheet, { row: first.periodFirstRow, column: first.columns.target })).toBe(200);
  });

  it('leaves blank months blank: no zeros, no Red, no rolling baseline, no pace', () => {
    const { book, sheet, plan } = created(lang);
    const [block] = plan.layout.blocks;
    for (let row = block.firstMonthRow; row <= block.lastMonthRow; row++) {
      for (const column of [block.columns.baseline, block.columns.yoy, block.columns.rag, block.columns.ytd, block.columns.pace]) {
        expect([null, '']).toContain(book.value(sheet, { row, column }));
      }
    }
    expect(book.value(sheet, block.summary.latestActual)).toBe('');
  });

  it('computes the series, the latest month, year to date and pace from the typed actuals', () => {
    const { plan, type, value } = created(lang);
    const [cases, reply] = plan.layout.blocks;
    for (let month = 0; month < BASELINE_MONTHS; month++) type(cases, month, 160 + month);
    type(cases, 5, lang === 'en' ? 'Campaign' : 'Kampagne', cases.columns.oneOff);
    [190, 210, 205].forEach((actual, month) => type(cases, BASELINE_MONTHS + month, actual));
    // KPI.BASELINE over the 12 baseline months without the one-off month (165).
    expect(value(cases.summary.baseline)).toBeCloseTo((12 * 165.5 - 165) / 11, 10);
    expect(value(cases.summary.latestActual)).toBe(205);
    expect(value(cases.summary.latestMonth)).toBe(value({ row: cases.periodFirstRow + 2, column: 0 }));
    expect(value(cases.summary.ytdMode)).toBe(YTD_MODES.sum[lang]);
    expect(value(cases.summary.latestYtd)).toBe(605);
    // Three months of a twelve-month target of 200 a month: 605 against 600.
    expect(value(cases.summary.latestPace)).toBeCloseTo(605 / 600, 10);
    expect(value({ row: cases.periodFirstRow, column: cases.columns.yoy })).toBeCloseTo(190 / 160 - 1, 10);
    expect(value({ row: cases.lastMonthRow - 11, column: cases.columns.baseline })).not.toBe('');

    [5, 3].forEach((actual, month) => type(reply, BASELINE_MONTHS + month, actual));
    expect(value(reply.summary.ytdMode)).toBe(YTD_MODES.average[lang]);
    expect(value(reply.summary.latestYtd)).toBe(4);
    expect(value(reply.summary.latestPace)).toBe('');
    expect(value({ row: reply.periodFirstRow, column: reply.columns.rag })).toBe(lang === 'en' ? 'Red' : 'Rød');
    expect(value(reply.summary.latestRag)).toBe(lang === 'en' ? 'Green' : 'Grøn');
  });

  it('lets the user switch year to date between sum and average per block', () => {
    const { plan, type, value, book, sheet } = created(lang);
    const [cases] = plan.layout.blocks;
    [190, 210].forEach((actual, month) => type(cases, BASELINE_MONTHS + month, actual));
    book.setInput(sheet, cases.summary.ytdMode, YTD_MODES.average[lang]);
    expect(value(cases.summary.latestYtd)).toBe(200);
    expect(value(cases.summary.latestPace)).toBe('');
    expect(plan.layout.spec.validations).toContainEqual({ range: { row: cases.summary.ytdMode.row, column: cases.summary.ytdMode.column, rows: 1, columns: 1 }, values: [YTD_MODES.sum[lang], YTD_MODES.average[lang]] });
  });

  it('makes the review\'s Actual and Baseline formulas over the block, keeping a typed number until months exist', () => {
    const { book, review, plan, type } = created(lang);
    const [cases] = plan.layout.blocks;
    const [actualColumn, baselineColumn] = [18, 11];
    expect(book.value(review, { row: 11, column: baselineColumn })).toBe(170);
    expect(book.value(review, { row: 11, column: actualColumn })).toBe('');
    for (let month = 0; month < BASELINE_MONTHS; month++) type(cases, month, 180);
    type(cases, BASELINE_MONTHS, 230);
    expect(book.value(review, { row: 11, column: baselineColumn })).toBe(180);
    expect(book.value(review, { row: 11, column: actualColumn })).toBe(230);
    expect(book.formula(review, { row: 11, column: actualColumn })).toContain(cellAddress(cases.summary.latestActual.row, cases.summary.latestActual.column));
  });
});

describe('the tracked KPIs', () => {
  it('default year to date to a sum for quantities and an average otherwise', () => {
    const { agreement, options } = reviewBook('en');
    expect(trackedKpis(agreement(), options).map((kpi) => kpi.cumulative)).toEqual([true, false]);
  });

  it('follow the next 12 months from today when the review names no period', () => {
    const { agreement, options } = reviewBook('da', KPIS, '');
    const plan = planTracking(agreement(), options) as TrackingPlan;
    expect(plan.layout.period.first).toEqual(TODAY);
    expect(plan.message.da).toContain('de næste 12 måneder');
    expect(plan.message.en).toContain('the next 12 months');
  });

  it('lay out an empty tracking sheet too, waiting for its first month', () => {
    const layout = trackingLayout([{ reviewRow: 0, name: 'KPI 1', cumulative: false }], { months: 12 }, { lang: 'en', reviewSheetName: 'x', today: TODAY });
    expect(layout.spec.cells[layout.firstMonthCell.row][layout.firstMonthCell.column]).toMatchObject({ style: 'input' });
    expect(layout.spec.cells[layout.firstMonthCell.row][layout.firstMonthCell.column]?.value).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { planTracking } from '../../shared/tracking/plan';
import { blockOf, findTrackingBlocks, valueAt } from '../../shared/tracking/read';
import { readAgreement } from '../../shared/validator';
import { exampleReview, templateValues } from '../../shared/templates';

const review = exampleReview('en');
const plan = planTracking(readAgreement(templateValues(review, 'excel')), { lang: 'en', reviewSheetName: review.sheetName, today: { year: 2026, month: 12 } });
if (!plan.ok) throw new Error(plan.message.en);
const layout = plan.layout;
/** The tracking sheet as a host reads it back: formulas, and values where a block's name shows. */
const formulas = templateValues(layout.spec, 'excel');
const values = formulas.map((row, r) => row.map((cell, c) => {
  const block = layout.blocks.find((candidate) => candidate.kpiRow === r && c === 0);
  return block ? block.kpiName : typeof cell === 'string' && cell.startsWith('=') ? '' : cell;
}));

describe('findTrackingBlocks', () => {
  it('finds every block the layout wrote, with the same geometry', () => {
    const found = findTrackingBlocks({ sheetName: layout.sheetName, values, formulas });
    expect(found.map((block) => block.name)).toEqual(layout.blocks.map((block) => block.kpiName));
    for (const [i, block] of found.entries()) {
      const { reviewRow: _row, kpiName: _name, cumulative: _cumulative, ...geometry } = layout.blocks[i];
      expect({ ...block, name: undefined }).toEqual({ ...geometry, name: undefined });
    }
  });

  it('counts the months a block has, not a fixed year', () => {
    const short = values.slice(0, layout.blocks[0].firstMonthRow + 15);
    const [block] = findTrackingBlocks({ sheetName: 'x', values: short, formulas: formulas.slice(0, short.length) });
    expect(block.lastMonthRow - block.periodFirstRow + 1).toBe(3);
  });

  it('reads blocks of a used range that starts below row 1 in sheet rows', () => {
    const [block] = findTrackingBlocks({ sheetName: 'x', values: values.slice(3), formulas: formulas.slice(3), origin: { row: 3, column: 0 } });
    expect(block.kpiRow).toBe(layout.blocks[0].kpiRow);
  });

  it('finds nothing on a sheet that is not a tracking sheet', () => {
    expect(findTrackingBlocks({ sheetName: 'x', values: templateValues(review, 'excel') })).toEqual([]);
  });
});

describe('blockOf', () => {
  it('finds a KPI’s block by its name, case aside', () => {
    const found = blockOf([{ sheetName: 'x', values, formulas }], layout.blocks[1].kpiName.toUpperCase());
    expect(found?.block.kpiRow).toBe(layout.blocks[1].kpiRow);
    expect(valueAt(found!.sheet, found!.block.summary.name)).toBe(layout.blocks[1].kpiName);
    expect(blockOf([{ sheetName: 'x', values, formulas }], 'No such KPI')).toBeUndefined();
  });
});

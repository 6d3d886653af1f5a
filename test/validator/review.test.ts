import { describe, expect, it } from 'vitest';
import { isReviewSheet, readAgreement, readReview, toGrid } from '../../shared/index';
import { kpiTable, reviewGrid, rowOf, SOUND_NEXT_STEPS } from './helpers';

describe('reading the review sheet', () => {
  it('reads the header block by its labels, values from column B', () => {
    const { header } = readAgreement(reviewGrid({ followUp: 'Weekly' })).review;
    expect(header.employee).toEqual({ row: 1, column: 1, text: 'Anna Berg' });
    expect(header.followUp?.text).toBe('Weekly');
    expect(header.framework?.text).toBe('SMART');
  });

  it('reads Danish labels, with a colon and odd case', () => {
    const review = readReview(toGrid([['  medarbejder: ', 'Anna'], ['RAMME', 'FAST']]));
    expect(review.header).toEqual({ employee: { row: 0, column: 1, text: 'Anna' }, framework: { row: 1, column: 1, text: 'FAST' } });
  });

  it('finds the sections and their entries in both languages', () => {
    for (const lang of ['en', 'da'] as const) {
      const { sections } = readAgreement(reviewGrid({ lang })).review;
      expect(Object.keys(sections).sort()).toEqual(['decisions', 'development', 'nextSteps', 'questions', 'wellbeing']);
      expect(sections.development?.entries).toHaveLength(2);
      expect(sections.nextSteps?.entries.map((entry) => entry.cells.map((cell) => cell.text))).toEqual(SOUND_NEXT_STEPS);
    }
  });

  it('points the section at its title and the entries at their cells', () => {
    const grid = reviewGrid();
    const title = rowOf(grid, 'Next steps');
    const section = readAgreement(grid).review.sections.nextSteps;
    expect(section).toMatchObject({ row: title, column: 0, headerRow: title + 1 });
    expect(section?.entries[1].cells[2]).toEqual({ row: title + 3, column: 2, text: '2026-01-20' });
  });

  it('finds a section title that is not in the first column, and columns moved', () => {
    const grid = [[], ['', 'Next steps'], ['', 'When', 'What', 'Who'], ['', 'Monday', 'Call', 'Anna'], ['', '', 'skipped'], ['', 'Friday', 'Mail', '']];
    const section = readReview(toGrid(grid)).sections.nextSteps;
    expect(section?.entries.map((entry) => entry.cells.map((cell) => cell.text))).toEqual([
      ['Call', 'Anna', 'Monday'],
      ['Mail', '', 'Friday'],
    ]);
  });

  it('ends a section at the next title, even one of the KPI table', () => {
    const grid = [['Development goals'], ['Goal', 'Action'], ['Learn'], ['KPI agreement'], ...kpiTable()];
    const review = readReview(toGrid(grid), readAgreement(grid).table ?? undefined);
    expect(review.sections.development?.entries.map((entry) => entry.row)).toEqual([2]);
  });

  it('ends a section at a KPI table standing right under it', () => {
    const grid = [['Development goals'], ['Goal', 'Action'], ['Learn'], ...kpiTable()];
    expect(readAgreement(grid).review.sections.development?.entries).toHaveLength(1);
  });

  it('takes entries straight under a title whose header row is gone', () => {
    const section = readReview(toGrid([['Udviklingsmål'], ['Lær SQL', 'Kursus'], ['Hold et oplæg']])).sections.development;
    expect(section?.headerRow).toBeNull();
    expect(section?.entries).toHaveLength(2);
  });

  it('tells a review sheet from a bare table', () => {
    expect(isReviewSheet(readAgreement(reviewGrid()).review)).toBe(true);
    expect(isReviewSheet(readAgreement(kpiTable()).review)).toBe(false);
    expect(isReviewSheet(readAgreement([['KPI agreement'], ...kpiTable()]).review)).toBe(false);
  });
});

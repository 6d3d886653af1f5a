import { kpiTable, reviewGrid, rowOf, ruleCases, SOUND_DEVELOPMENT } from './helpers';

const goal = ['Give a talk', 'Prepare', 'Mentor', '2026-09-30'];
const title = (grid: unknown[][], lang: 'en' | 'da' = 'en') => ({ row: rowOf(grid, lang === 'en' ? 'Development goals' : 'Udviklingsmål'), column: 0 });
const oneGoal = reviewGrid({ development: SOUND_DEVELOPMENT.slice(0, 1) });
const fourGoals = reviewGrid({ development: [...SOUND_DEVELOPMENT, goal, goal] });
const noSection = reviewGrid().filter((_, r, grid) => r < title(grid).row || r > title(grid).row + 4);

ruleCases('development-goals', {
  valid: [
    { name: 'two goals', grid: reviewGrid() },
    { name: 'three goals', grid: reviewGrid({ development: [...SOUND_DEVELOPMENT, goal] }) },
    { name: 'a bare table', grid: kpiTable() },
  ],
  invalid: [
    { name: 'one goal', grid: oneGoal, expected: [{ severity: 'warning', ...title(oneGoal), message: 'The review holds 1 development goal: agree on 2 to 3 that complement the KPIs.' }] },
    { name: 'four goals', grid: fourGoals, expected: [{ severity: 'warning', ...title(fourGoals) }] },
    { name: 'rows with a blank first cell are no goals', grid: reviewGrid({ development: [SOUND_DEVELOPMENT[0], ['', 'Action only']] }), expected: [{ severity: 'warning' }] },
    { name: 'no development section', grid: noSection, expected: [{ severity: 'warning', row: undefined, column: undefined }] },
    { name: 'in Danish', lang: 'da', grid: reviewGrid({ lang: 'da', development: [] }), expected: [{ message: 'Samtalen har 0 udviklingsmål: aftal 2-3, der supplerer KPI’erne.' }] },
  ],
});

import { describe, expect, it } from 'vitest';
import { chosenFramework } from '../../shared/validator/rules/framework';
import { cellOf, kpiTable, reviewGrid, rowOf, ruleCases, SOUND_KPIS } from './helpers';
import type { ColumnKey } from '../../shared/agreement/columns';

/** A review sheet whose first KPI is changed. */
function review(change: Partial<Record<ColumnKey, unknown>>, framework = 'SMART', lang: 'en' | 'da' = 'en') {
  const table = kpiTable(lang, SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, ...change } : kpi)));
  return reviewGrid({ lang, framework, table });
}
const kpiCell = (grid: unknown[][], index = 0) => ({ row: rowOf(grid, 'KPI') + 1 + index, column: cellOf(index, 'kpi').column });
const fires = (grid: unknown[][], message?: string) => ({ name: '', grid, expected: [{ severity: 'info' as const, ...kpiCell(grid), ...(message ? { message } : {}) }] });

const smartCases = [
  ['S without a definition', review({ definition: '' }), '“Booked demo meetings” misses SMART: S (specific: a definition).'],
  ['M without a data source', review({ source: '' }), '“Booked demo meetings” misses SMART: M (measurable: a data source and a numeric target).'],
  ['M with a target that is no number', review({ target: 'more' }), undefined],
  ['A with low influence', review({ influence: 50 }), '“Booked demo meetings” misses SMART: A (achievable: at least 70 % influence or a Team KPI, and a realistic target).'],
  ['A with a blank influence', review({ influence: '' }), undefined],
  ['A with an unrealistic target', review({ target: 40 }), undefined],
  ['R without a strategic link', review({ link: '' }), '“Booked demo meetings” misses SMART: R (relevant: a strategic link).'],
  ['T without a deadline', review({ deadline: '' }), '“Booked demo meetings” misses SMART: T (time-bound: a deadline).'],
  ['SMART when the framework is blank', review({ deadline: '' }, ''), undefined],
  ['several letters, in order', review({ definition: '', deadline: '' }), '“Booked demo meetings” misses SMART: S (specific: a definition); T (time-bound: a deadline).'],
] as const;

const fastCases = [
  ['F measured quarterly', review({ cadence: 'Quarterly' }, 'FAST'), '“Booked demo meetings” misses FAST: F (frequently discussed: measured monthly or more often).'],
  ['F with a blank cadence', review({ cadence: '' }, 'fast'), undefined],
  ['A with a target worse than baseline', review({ target: 10 }, 'FAST'), '“Booked demo meetings” misses FAST: A (ambitious: a target at least as good as the baseline).'],
  ['A with a blank baseline', review({ baseline: '' }, 'FAST'), undefined],
  ['S without a definition', review({ definition: ' ' }, 'FAST'), undefined],
  ['T without an owner', review({ owner: '' }, 'FAST'), '“Booked demo meetings” misses FAST: T (transparent: a data source and an owner).'],
] as const;

ruleCases('framework', {
  valid: [
    { name: 'a sound review sheet, SMART', grid: reviewGrid() },
    { name: 'a sound review sheet, FAST', grid: reviewGrid({ framework: 'FAST' }) },
    { name: 'a Team KPI with low influence is achievable', grid: review({ scope: 'Team', influence: 10 }) },
    { name: 'FAST does not ask for a deadline', grid: review({ deadline: '' }, 'FAST') },
    { name: 'SMART does not ask for a monthly cadence', grid: review({ cadence: 'Yearly' }) },
    { name: 'a bare table', grid: kpiTable('en', SOUND_KPIS.map((kpi) => ({ ...kpi, definition: '' }))) },
  ],
  invalid: [
    ...[...smartCases, ...fastCases].map(([name, grid, message]) => ({ ...fires(grid, message), name })),
    {
      name: 'in Danish',
      lang: 'da',
      grid: review({ definition: '', source: '' }, 'SMART', 'da'),
      expected: [{ message: '»Booked demo meetings« mangler i SMART: S (specifik: en definition); M (målbar: en datakilde og et mål, der er et tal).' }],
    },
  ],
});

describe('the framework chosen', () => {
  it.each([['FAST', 'FAST'], [' fast ', 'FAST'], ['FAST (tempo)', 'FAST'], ['SMART', 'SMART'], ['', 'SMART'], ['OKR', 'SMART'], [undefined, 'SMART']] as const)(
    '%j reads as %s',
    (text, framework) => {
      expect(chosenFramework(text)).toBe(framework);
    },
  );
});

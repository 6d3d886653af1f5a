import { describe, expect, it } from 'vitest';
import { chosenFramework } from '../../shared/validator/rules/framework';
import { validateAgreement } from '../../shared/index';
import { cellOf, kpiTable, reviewGrid, rowOf, ruleCases, SOUND_KPIS } from './helpers';
import type { ColumnKey } from '../../shared/agreement/columns';

/** A review sheet whose first KPI is changed. */
function review(change: Partial<Record<ColumnKey, unknown>>, framework = 'SMART', lang: 'en' | 'da' = 'en', followUp?: string) {
  const table = kpiTable(lang, SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, ...change } : kpi)));
  return reviewGrid({ lang, framework, table, followUp });
}
const kpiCell = (grid: unknown[][], index = 0) => ({ row: rowOf(grid, 'KPI') + 1 + index, column: cellOf(index, 'kpi').column });
const fires = (name: string, grid: unknown[][], message?: string) => ({
  name,
  grid,
  expected: [{ severity: 'info' as const, ...kpiCell(grid), ...(message ? { message } : {}) }],
});

ruleCases('framework', {
  valid: [
    { name: 'a sound review sheet, SMART', grid: reviewGrid() },
    { name: 'a sound review sheet, FAST', grid: reviewGrid({ framework: 'FAST' }) },
    { name: 'a Team KPI with low influence is achievable', grid: review({ scope: 'Team', influence: 10 }) },
    { name: 'FAST does not ask for a deadline', grid: review({ deadline: '' }, 'FAST') },
    { name: 'a bare table', grid: kpiTable('en', SOUND_KPIS.map((kpi) => ({ ...kpi, definition: '' }))) },
    // What another rule reports on the same cell is not said again.
    { name: 'M: a blank data source is the source rule’s', grid: review({ source: '' }) },
    { name: 'M: a target that is no number is the target rule’s', grid: review({ target: 'more' }) },
    { name: 'M: a yearly cadence is the cadence rule’s', grid: review({ cadence: 'Yearly' }) },
    { name: 'A: a low influence is the influence rule’s', grid: review({ influence: 50 }) },
    { name: 'A: an unrealistic target is the realism rule’s', grid: review({ target: 40 }) },
    { name: 'R: a blank strategic link is the link rule’s', grid: review({ link: '' }) },
    { name: 'T: a blank deadline is the deadline rule’s', grid: review({ deadline: '' }) },
    { name: 'FAST F: a quarterly KPI is the cadence rule’s', grid: review({ cadence: 'Quarterly' }, 'FAST') },
    { name: 'FAST A: a target worse than the baseline is the ambition rule’s', grid: review({ target: 10 }, 'FAST') },
    { name: 'FAST A: a blank baseline is the baseline rule’s', grid: review({ baseline: '' }, 'FAST') },
    { name: 'FAST T: a blank owner is the owner rule’s', grid: review({ owner: '' }, 'FAST') },
    { name: 'FAST with a monthly follow-up', grid: review({}, 'FAST', 'en', 'Månedlig') },
  ],
  invalid: [
    fires('S without a definition', review({ definition: '' }), '“Booked demo meetings” does not meet the SMART requirement S (specific: a definition that says how it is measured).'),
    fires('S with a definition that repeats the name', review({ definition: 'booked demo meetings' })),
    fires('SMART when the framework is blank', review({ definition: '' }, '')),
    fires('A with a blank influence, which no other rule reports', review({ influence: '' }), '“Booked demo meetings” does not meet the SMART requirement A (achievable: at least 70 % influence or a Team KPI, and a realistic target).'),
    fires('several letters, in order', review({ definition: '', influence: '' }), '“Booked demo meetings” does not meet the SMART requirements S (specific: a definition that says how it is measured) and A (achievable: at least 70 % influence or a Team KPI, and a realistic target).'),
    fires('FAST S without a definition', review({ definition: ' ' }, 'FAST'), '“Booked demo meetings” does not meet the FAST requirement S (specific: a definition and a numeric target).'),
    {
      name: 'FAST F: a quarterly follow-up, once at its cell',
      grid: review({}, 'FAST', 'en', 'Quarterly'),
      expected: [{ severity: 'info', row: 6, column: 1, message: 'FAST asks that KPIs are discussed frequently, but the follow-up cadence is “Quarterly”: follow up monthly or more often.' }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: review({ definition: '', influence: '' }, 'SMART', 'da'),
      expected: [{ message: '“Booked demo meetings” opfylder ikke SMART-kravene S (specifik: en definition, der siger, hvordan den måles) og A (opnåelig: mindst 70 % indflydelse eller en team-KPI, og et realistisk mål).' }],
    },
    {
      name: 'in Danish, one letter',
      lang: 'da',
      grid: review({ definition: '' }, 'FAST', 'da'),
      expected: [{ message: '“Booked demo meetings” opfylder ikke FAST-kravet S (specifik: en definition og et mål, der er et tal).' }],
    },
  ],
});

describe('one finding per problem', () => {
  it('says a blank data source once, not again as SMART’s M', () => {
    const findings = validateAgreement(review({ source: '' }));
    expect(findings.map((finding) => finding.rule)).toEqual(['source']);
  });
});

describe('the framework chosen', () => {
  it.each([['FAST', 'FAST'], [' fast ', 'FAST'], ['FAST (tempo)', 'FAST'], ['SMART', 'SMART'], ['', 'SMART'], ['OKR', 'SMART'], [undefined, 'SMART']] as const)(
    '%j reads as %s',
    (text, framework) => {
      expect(chosenFramework(text)).toBe(framework);
    },
  );
});

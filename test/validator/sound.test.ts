import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../../shared/index';
import { kpiTable, reviewGrid } from './helpers';

const problems = (grid: unknown[][]) => validateAgreement(grid).filter((f) => f.severity !== 'info');

describe('the sound examples', () => {
  it.each(['en', 'da'] as const)('a sound %s table has no finding at all', (lang) => {
    expect(validateAgreement(kpiTable(lang), { lang })).toEqual([]);
  });

  it.each(['en', 'da'] as const)('a sound %s review sheet has no finding at all', (lang) => {
    expect(validateAgreement(reviewGrid({ lang }), { lang })).toEqual([]);
  });

  it('a sound table with the header lower down still passes', () => {
    expect(problems([['My agreement'], [], ...kpiTable()])).toEqual([]);
  });
});

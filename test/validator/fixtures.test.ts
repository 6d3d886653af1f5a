import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../../shared/index';
import { grid, type Agreement } from './fixtures/build';
import { DANISH } from './fixtures/agreements-da';
import { ENGLISH } from './fixtures/agreements-en';
import { PLANTED } from './fixtures/planted';

const AGREEMENTS: readonly Agreement[] = [...ENGLISH, ...DANISH];
const byId = new Map(AGREEMENTS.map((agreement) => [agreement.id, agreement]));
const problems = (agreement: Agreement) =>
  validateAgreement(grid(agreement), { lang: agreement.lang }).filter((finding) => finding.severity !== 'info');

describe('agreements as people fill them in', () => {
  it('are 22, in English and Danish, for different roles', () => {
    expect(AGREEMENTS).toHaveLength(22);
    expect(new Set(AGREEMENTS.map((a) => a.id)).size).toBe(22);
    expect(ENGLISH.length).toBe(DANISH.length);
  });

  it.each(AGREEMENTS.map((agreement) => ({ id: agreement.id, role: agreement.role, agreement })))(
    '$role ($id) gives no error and no warning',
    ({ agreement }) => {
      expect(problems(agreement)).toEqual([]);
    },
  );
});

describe('planted problems', () => {
  it('cover at least 31 problems across the agreements', () => {
    expect(PLANTED.length).toBeGreaterThanOrEqual(31);
    for (const planted of PLANTED) expect(byId.has(planted.agreement), planted.agreement).toBe(true);
  });

  it.each(PLANTED.map((planted) => ({ ...planted, name: `${planted.agreement}: ${planted.problem}` })))(
    'catches $name as $rule',
    ({ agreement: id, change, rule, at }) => {
      const clean = byId.get(id) as Agreement;
      const changed = change(clean);
      const before = validateAgreement(grid(clean), { lang: clean.lang }).filter((finding) => finding.rule === rule);
      const after = validateAgreement(grid(changed), { lang: changed.lang }).filter((finding) => finding.rule === rule);
      expect(after.length, 'the rule fires').toBeGreaterThan(before.length);
      if (at) expect(after).toContainEqual(expect.objectContaining(at(changed)));
    },
  );
});

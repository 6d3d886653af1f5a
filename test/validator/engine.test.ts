import { describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/i18n/lang';
import { RULE_IDS, RULES, RULES_BY_ID, SEVERITIES, defineRule, validateWith, type Finding } from '../../shared/validator';
import { tidy } from '../../shared/validator/rule';
import { validateAgreement } from '../../shared/index';
import { COLUMNS } from '../../shared/agreement/columns';
import { kpiTable, reviewGrid, SOUND_KPIS, withoutColumn } from './helpers';

/** A review sheet that breaks every rule but no-table and missing-column. */
function brokenReview(lang: Lang): unknown[][] {
  const base = { ...SOUND_KPIS[0], type: 'Lagging', focus: 'Output', kind: 'Quantity', scope: 'Individual', direction: 'Higher', weight: 0.1, pilot: '', impact: 'High' };
  const kpis = [
    { ...base, kpi: 'A', scope: 'Team', baseline: 10, target: 100 },
    { ...base, kpi: 'B', influence: 50, baseline: 10, target: 5, counter: '' },
    { ...base, kpi: 'C', cadence: 'Yearly', direction: 'Up-ish', baselinePeriod: '' },
    { ...base, kpi: 'D', source: '', owner: '', baseline: '', deadline: '', link: '', weight: '' },
    { ...base, kpi: 'E', target: 'x', impact: 'Low' },
    { ...base, kpi: ' a ', counter: 'Nope', definition: '' },
    { ...base, kpi: 'P', pilot: 'Yes', weight: 0.2 },
    { ...base, kpi: '' },
  ];
  const columns = [...COLUMNS.map((c) => c.key), 'weight', 'pilot', 'impact'] as const;
  return reviewGrid({ lang, table: kpiTable(lang, kpis, columns), development: [], wellbeing: [], nextSteps: [], followUp: '', employee: '' });
}
const everyFinding = (lang: Lang) =>
  [[['nothing']], withoutColumn('owner', lang), brokenReview(lang)].flatMap((grid) => validateAgreement(grid, { lang }));

describe('the rule list', () => {
  it('runs one rule per id, in RULE_IDS order', () => {
    expect(RULES.map((rule) => rule.id)).toEqual(RULE_IDS);
    for (const id of RULE_IDS) expect(RULES_BY_ID[id].id).toBe(id);
  });

  it('describes every rule in both languages', () => {
    for (const rule of RULES) {
      expect(rule.description.en).toMatch(/\S/);
      expect(rule.description.da).not.toBe(rule.description.en);
    }
  });

  it('has a broken sheet that fires every rule', () => {
    expect(new Set(everyFinding('en').map((finding) => finding.rule))).toEqual(new Set(RULE_IDS));
  });
});

describe('messages', () => {
  it('are in English by default and in Danish on request, finding for finding', () => {
    const en = everyFinding('en');
    const da = everyFinding('da');
    expect(validateAgreement(brokenReview('en'))).toEqual(validateAgreement(brokenReview('en'), { lang: 'en' }));
    expect(da.map(({ message, ...rest }) => rest)).toEqual(en.map(({ message, ...rest }) => rest));
    da.forEach((finding, i) => {
      expect(finding.message, finding.rule).not.toBe(en[i].message);
      expect(finding.message).not.toMatch(/undefined|NaN|\[object/);
    });
  });

  it('end in one full stop, quote in one style, and write Danish numbers with a decimal comma', () => {
    for (const finding of [...everyFinding('en'), ...everyFinding('da')]) {
      expect(finding.message, finding.rule).not.toMatch(/(?<!\.)\.[”’)]?\.(?!\.)|[»«]|\?\./);
    }
    for (const finding of everyFinding('da')) expect(finding.message, finding.rule).not.toMatch(/\d\.\d{1,2}\s?%/);
  });

  it('read listed values in either language whatever the message language', () => {
    expect(validateAgreement(kpiTable('da'), { lang: 'en' })).toEqual([]);
    expect(validateAgreement(kpiTable('en'), { lang: 'da' })).toEqual([]);
  });

  it('fall back to English for an unknown language', () => {
    const grid = [['nothing']];
    expect(validateAgreement(grid, { lang: 'de' as Lang })).toEqual(validateAgreement(grid));
  });
});

describe('a message’s last full stop', () => {
  it.each([
    ['“Acme Ltd.” has no owner..', '“Acme Ltd.” has no owner.'],
    // A quoted text's own full stop ends the sentence too.
    ['The target is “5 mio.”.', 'The target is “5 mio.”'],
    ['Is that intended?.', 'Is that intended?'],
    ['Wait... then go.', 'Wait... then go.'],
    ['Ends once.', 'Ends once.'],
  ])('%j reads %j', (message, tidied) => {
    expect(tidy(message)).toBe(tidied);
  });

  it('is single when a KPI’s name ends in a full stop', () => {
    const grid = kpiTable('en', SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, kpi: 'Calls etc.', deadline: '' } : kpi)));
    expect(validateAgreement(grid).map((finding) => finding.message)).toContain('“Calls etc.” has no deadline.');
  });
});

describe('order', () => {
  it('puts errors first, then warnings, then infos; each top to bottom, left to right', () => {
    const findings = validateAgreement(brokenReview('en'));
    const key = (f: Finding) => [SEVERITIES.indexOf(f.severity), f.row ?? -1, f.column ?? -1];
    const sorted = [...findings].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    expect(findings).toEqual(sorted);
    expect(findings[0].severity).toBe('error');
    expect(findings[findings.length - 1].severity).toBe('info');
  });
});

describe('robustness', () => {
  const throwing = defineRule<Record<string, never>>({
    id: 'outcome',
    severity: 'error',
    description: { en: 'x', da: 'x' },
    messages: { en: () => 'x', da: () => 'x' },
    check: () => {
      throw new Error('broken rule');
    },
  });

  it('keeps the findings of other rules when one rule throws', () => {
    const grid = kpiTable('en', SOUND_KPIS.slice(0, 1));
    expect(validateWith([throwing, RULES_BY_ID['kpi-count']], grid).map((f) => f.rule)).toEqual(['kpi-count']);
  });

  it.each([null, undefined, 42, 'grid', {}, [1, 2, 3], [null, [null]], new Map()])('reads %j as a sheet without a table', (input) => {
    expect(validateAgreement(input as unknown[][]).map((f) => f.rule)).toEqual(['no-table']);
  });

  it('reads a cyclic cell as blank', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const grid = kpiTable().map((row, r) => (r === 1 ? row.map((cell, c) => (c === 7 ? cyclic : cell)) : row));
    expect(validateAgreement(grid).map((f) => f.rule)).toEqual(['source']);
  });

  it('survives a cell whose conversions throw', () => {
    const hostile = { toString: () => { throw new Error('no'); }, valueOf: () => { throw new Error('no'); } };
    const grid = kpiTable().map((row, r) => (r === 2 ? row.map(() => hostile) : row));
    expect(() => validateAgreement(grid)).not.toThrow();
  });

  it('reads a huge sparse grid no further than a sheet can reach', () => {
    const grid = new Array(50_000_000);
    grid[10] = new Array(1_000_000_000);
    expect(validateAgreement(grid).map((f) => f.rule)).toEqual(['no-table']);
  });
});

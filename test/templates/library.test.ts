import { describe, expect, it } from 'vitest';
import { COLUMNS, column, type ColumnKey } from '../../shared/agreement/columns';
import { LANGS } from '../../shared/i18n/lang';
import { LIBRARY, librarySheet } from '../../shared/templates/library';
import { PITFALLS, PREPARATION, QUICK_CHECK, checklistSheet } from '../../shared/templates/checklist';
import { templateValues } from '../../shared/templates/grid';
import { kpiRow } from '../../shared/templates/review';
import { validateAgreement } from '../../shared/validator';

const LISTED: readonly ColumnKey[] = ['type', 'focus', 'kind', 'scope', 'direction'];

describe.each(LANGS)('the KPI library (%s)', (lang) => {
  const spec = librarySheet(lang);
  const values = templateValues(spec, 'excel');
  const headers = values[2];

  it('heads its table Function, then the agreement headers, with Typical data source', () => {
    expect(headers).toHaveLength(10);
    expect(headers[0]).toBe(lang === 'en' ? 'Function' : 'Funktion');
    expect(headers.slice(1, 8)).toEqual(['kpi', 'definition', 'type', 'focus', 'kind', 'scope', 'direction'].map((key) => column(key as ColumnKey).header[lang]));
    expect(headers[8]).toBe(lang === 'en' ? 'Typical data source' : 'Typisk datakilde');
    expect(headers[9]).toBe(column('counter').header[lang]);
  });

  it('writes listed values as the agreement\'s labels in the sheet\'s language, so rows can be copied', () => {
    const rows = values.slice(3);
    expect(rows).toHaveLength(LIBRARY.length);
    for (const key of LISTED) {
      const labels = column(key).values!.map((value) => value.label[lang]);
      for (const row of rows) expect(labels, `${row[1]} ${key}`).toContain(row[headers.indexOf(column(key).header[lang])]);
    }
    for (const row of rows) for (const cell of row) expect(cell, `${row[1]}`).not.toBe('');
  });
});

describe('the library\'s content', () => {
  const functions = [...new Set(LIBRARY.map((entry) => entry.function.en))];

  it('covers sales, marketing, customer service, operations, HR, finance and IT, and learning for all roles', () => {
    expect(functions).toEqual(expect.arrayContaining(['Sales', 'Marketing', 'Customer service', 'Operations', 'All roles: learning and well-being']));
    for (const support of ['HR', 'Finance', 'IT']) expect(functions.some((name) => name.endsWith(support))).toBe(true);
  });

  it('offers 3-6 KPIs per function', () => {
    for (const name of functions) {
      const count = LIBRARY.filter((entry) => entry.function.en === name).length;
      expect(count, name).toBeGreaterThanOrEqual(3);
      expect(count, name).toBeLessThanOrEqual(6);
    }
  });

  it('never names a KPI as its own counter-KPI, nor twice', () => {
    for (const entry of LIBRARY) expect(entry.counter.en).not.toBe(entry.kpi.en);
    expect(new Set(LIBRARY.map((entry) => entry.kpi.en)).size).toBe(LIBRARY.length);
    expect(new Set(LIBRARY.map((entry) => entry.kpi.da)).size).toBe(LIBRARY.length);
  });

  it.each(functions)('offers %s a Leading and a Lagging, an Outcome and a Quality KPI', (name) => {
    const entries = LIBRARY.filter((entry) => entry.function.en === name);
    expect(entries.map((entry) => entry.type), name).toEqual(expect.arrayContaining(['leading', 'lagging']));
    expect(entries.map((entry) => entry.focus), name).toContain('outcome');
    expect(entries.map((entry) => entry.kind), name).toContain('quality');
  });

  it.each(LANGS.flatMap((lang) => functions.map((name) => ({ lang, name }))))(
    'lets $name build an agreement from the library alone that the mix rules accept ($lang)',
    ({ lang, name }) => {
      const entries = LIBRARY.filter((entry) => entry.function.en === name);
      const grid = [
        COLUMNS.map((spec) => spec.header[lang]),
        ...entries.map((entry) => {
          const row = kpiRow(entry, lang);
          return COLUMNS.map((spec) => row[spec.key] ?? '');
        }),
      ];
      const mixRules = ['leading-lagging', 'outcome', 'quality', 'team-driver', 'duplicate', 'invalid-value'];
      expect(validateAgreement(grid, { lang }).filter((finding) => mixRules.includes(finding.rule))).toEqual([]);
    },
  );

  it('has the guide\'s examples: learning, articles and reading time, organic traffic, MRR, EBIT, churn, leads, offers, NPS, eNPS', () => {
    const names = LIBRARY.map((entry) => entry.kpi.da).join('\n');
    for (const example of ['gennemførte kurser', 'artikler', 'læsetid', 'Organisk trafik', 'MRR', 'EBIT', 'churn', 'leads', 'Tilbudsvolumen', '(NPS)', '(eNPS)']) {
      expect(names).toContain(example);
    }
  });

  it('gives every entry a counter-KPI and a typical data source in both languages', () => {
    for (const entry of LIBRARY) {
      for (const lang of LANGS) {
        expect(entry.counter[lang].trim(), entry.kpi.en).not.toBe('');
        expect(entry.source[lang].trim(), entry.kpi.en).not.toBe('');
      }
    }
  });
});

describe.each(LANGS)('the checklist (%s)', (lang) => {
  const spec = checklistSheet(lang);
  const values = templateValues(spec, 'excel');
  const texts = values.map((row) => row[0]);

  it('lists the guide\'s six preparation steps and four quick-check questions, each with a Done dropdown', () => {
    for (const item of [...PREPARATION, ...QUICK_CHECK]) {
      const row = texts.indexOf(item[lang]);
      expect(row, item.en).toBeGreaterThan(0);
      const done = spec.validations.find((v) => row >= v.range.row && row < v.range.row + v.range.rows && v.range.column === 1);
      expect(done?.values, item.en).toEqual(lang === 'en' ? ['Yes', 'No'] : ['Ja', 'Nej']);
      expect(values[row][1]).toBe('');
    }
    expect(PREPARATION).toHaveLength(6);
    expect(QUICK_CHECK).toHaveLength(4);
  });

  it('lists the guide\'s five pitfalls with symptom and solution', () => {
    expect(PITFALLS).toHaveLength(5);
    for (const { pitfall, symptom, solution } of PITFALLS) {
      expect(values[texts.indexOf(pitfall[lang])]).toEqual([pitfall[lang], symptom[lang], solution[lang]]);
    }
  });
});

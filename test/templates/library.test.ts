import { describe, expect, it } from 'vitest';
import { column, type ColumnKey } from '../../shared/agreement/columns';
import { LANGS } from '../../shared/i18n/lang';
import { LIBRARY, librarySheet } from '../../shared/templates/library';
import { PITFALLS, PREPARATION, QUICK_CHECK, checklistSheet } from '../../shared/templates/checklist';
import { templateValues } from '../../shared/templates/grid';

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

  it('covers sales, marketing, customer service, operations and HR, finance and IT', () => {
    expect(functions).toEqual(expect.arrayContaining(['Sales', 'Marketing', 'Customer service', 'Operations']));
    for (const support of ['HR', 'Finance', 'IT']) expect(functions.some((name) => name.endsWith(support))).toBe(true);
  });

  it('offers 3-4 KPIs per function, support functions together', () => {
    const group = (name: string) => (name.startsWith('Support') ? 'Support' : name);
    const counts = new Map<string, number>();
    for (const entry of LIBRARY) counts.set(group(entry.function.en), (counts.get(group(entry.function.en)) ?? 0) + 1);
    for (const [name, count] of counts) {
      expect(count, name).toBeGreaterThanOrEqual(3);
      expect(count, name).toBeLessThanOrEqual(4);
    }
  });

  it('never names a KPI as its own counter-KPI, nor twice', () => {
    for (const entry of LIBRARY) expect(entry.counter.en).not.toBe(entry.kpi.en);
    expect(new Set(LIBRARY.map((entry) => entry.kpi.en)).size).toBe(LIBRARY.length);
    expect(new Set(LIBRARY.map((entry) => entry.kpi.da)).size).toBe(LIBRARY.length);
  });

  it('pairs the guide\'s leading drivers with lagging results where the guide does (sales, customer service)', () => {
    for (const name of ['Sales', 'Customer service']) {
      const types = LIBRARY.filter((entry) => entry.function.en === name).map((entry) => entry.type);
      expect(types, name).toEqual(expect.arrayContaining(['leading', 'lagging']));
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

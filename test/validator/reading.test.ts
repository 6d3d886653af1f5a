import { describe, expect, it } from 'vitest';
import { COLUMNS, KNOWN_COLUMNS, PLACEHOLDERS, readValues, type ColumnKey } from '../../shared/agreement/columns';
import { headerKey } from '../../shared/agreement/normalize';
import { headerLanguage, parseNumber, placeholderText } from '../../shared/agreement/reading';
import { findTable, toGrid } from '../../shared/index';
import { kpiTable, SOUND_KPIS } from './helpers';

describe('header aliases people type', () => {
  it.each([
    ['Influence %', 'influence'], ['Indflydelse %', 'influence'], ['Own influence', 'influence'], ['Egen indflydelse', 'influence'],
    ['KPI name', 'kpi'], ['KPIs', 'kpi'], ['KPI-navn', 'kpi'], ['Target 2027', 'target'], ['Mål 2027', 'target'], ['Target (2027)', 'target'],
    ['Baseline 2025', 'baseline'], ['Baseline 2024/25', 'baseline'], ['Source', 'source'], ['Kilde', 'source'], ['Frequency', 'cadence'],
    ['Hyppighed', 'cadence'], ['Responsible', 'owner'], ['Ansvarlig', 'owner'], ['Leading/Lagging', 'type'], ['Quantity / Quality', 'kind'],
    ['Counter KPI', 'counter'], ['Due date', 'deadline'], ['Frist', 'deadline'], ['Weight %', 'weight'], ['Vægt', 'weight'],
    ['Revisit if', 'trigger'], ['Revurderes hvis', 'trigger'], ['Pilot', 'pilot'], ['Impact', 'impact'], ['Effekt', 'impact'],
  ] as const)('%j names the %s column', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it('gives every alias to one column only', () => {
    const owners = new Map<string, ColumnKey>();
    for (const spec of KNOWN_COLUMNS) {
      for (const text of [spec.header.en, spec.header.da, ...(spec.aliases ?? [])]) {
        const key = headerKey(text);
        expect(key, text).toBe(spec.key);
        owners.set(text.toLowerCase(), spec.key);
      }
    }
    expect(owners.size).toBeGreaterThan(KNOWN_COLUMNS.length * 2);
  });

  it('finds a table written with aliases', () => {
    const found = findTable(toGrid([['KPI name', 'Leading/Lagging', 'Source', 'Own influence', 'Target 2027'], ['Calls', 'Lead', 'Phone system', '80 %', 40]]));
    expect(found?.columns).toEqual({ kpi: 0, type: 1, source: 2, influence: 3, target: 4 });
    expect(found?.rows[0]).toMatchObject({ type: { value: 'leading' }, influence: { value: 0.8 }, target: { value: 40 } });
  });
});

describe('value variants people type', () => {
  const valueOf = (key: ColumnKey, text: string) =>
    findTable(toGrid([['KPI', 'Owner', 'Target', 'Definition', COLUMNS.find((c) => c.key === key)?.header.en ?? key], ['x y', '', '', '', text]]))?.rows[0][key as 'type'];

  it.each([
    ['cadence', 'Månedlig', 'monthly'], ['cadence', 'Ugentlig', 'weekly'], ['cadence', 'Daglig', 'daily'], ['cadence', 'Kvartalsvis', 'quarterly'],
    ['cadence', 'Årlig', 'yearly'], ['cadence', 'Bi-weekly', 'biweekly'], ['cadence', 'Fortnightly', 'biweekly'], ['cadence', 'Hver 14. dag', 'biweekly'],
    ['type', 'Lead', 'leading'], ['type', 'Lag', 'lagging'], ['kind', 'Quantitative', 'quantity'], ['kind', 'Qualitative', 'quality'],
    ['kind', 'Kvalitativ', 'quality'], ['direction', 'Lower is better', 'lower'], ['direction', 'Higher is better', 'higher'],
    ['direction', 'Target', 'target'], ['direction', 'Mål', 'target'], ['scope', 'Individuel', 'individual'],
  ] as const)('%s %j reads as %s', (key, text, id) => {
    expect(valueOf(key, text)?.value).toBe(id);
  });

  it('reads every listed label and alias of every column as its own value', () => {
    for (const spec of KNOWN_COLUMNS.filter((c) => c.values)) {
      for (const value of readValues(spec)) {
        for (const text of [value.label.en, value.label.da, ...(value.aliases ?? [])]) {
          const grid = [['KPI', 'Owner', 'Target', 'Definition', spec.header.en], ['x y', '', '', '', text]];
          expect(findTable(toGrid(grid))?.rows[0][spec.key as 'type']?.value, `${spec.key}: ${text}`).toBe(value.id);
        }
      }
    }
  });
});

describe('placeholders', () => {
  it.each(['n/a', 'N/A', '-', 'TBD', '?', '(not used)', 'ikke relevant', 'Mangler', ' – '])('%j is a placeholder', (text) => {
    expect(placeholderText(text)).toBe(text.trim());
  });

  it.each(['CRM', 'Anna', '0', 'Not used much', 'Nej', 5, null])('%j is not', (value) => {
    expect(placeholderText(value)).toBeUndefined();
  });

  it('lists each placeholder once', () => {
    expect(new Set(PLACEHOLDERS).size).toBe(PLACEHOLDERS.length);
  });

  it('reads as blank in a KPI row and keeps what was typed', () => {
    const grid = kpiTable('en', SOUND_KPIS.map((kpi, i) => (i === 0 ? { ...kpi, owner: 'n/a', baseline: '-' } : kpi)));
    const row = findTable(toGrid(grid))?.rows[0];
    expect(row?.owner).toMatchObject({ text: '', placeholder: 'n/a' });
    expect(row?.baseline).toMatchObject({ text: '', placeholder: '-', value: null });
  });
});

describe('numbers typed as text, in the sheet’s language', () => {
  it.each([
    ['1.200', 'da', 1200], ['1.200', 'en', 1.2], ['1,200', 'en', 1200], ['1,200', 'da', 1.2], ['1,5', 'da', 1.5], ['1,5', 'en', 1.5],
    ['1.5', 'da', 1.5], ['12.500,75', 'da', 12500.75], ['0.250', 'da', 0.25], ['1.200.000', 'en', 1200000], ['1.200', undefined, 1.2],
  ] as const)('%j in %s is %d', (text, lang, expected) => {
    expect(parseNumber(text, lang)).toBeCloseTo(expected, 9);
  });

  it('tells a sheet’s language by its headers', () => {
    expect(headerLanguage(['KPI', 'Datakilde', 'Ejer', 'Mål'])).toBe('da');
    expect(headerLanguage(['KPI', 'Data source', 'Owner', 'Target'])).toBe('en');
    expect(headerLanguage(['KPI', 'Type', 'Baseline', 'Status'])).toBeUndefined();
  });

  it('reads "1.200" as 1200 in a Danish table and 1.2 in an English one', () => {
    const baseline = (lang: 'en' | 'da') => findTable(toGrid(kpiTable(lang, SOUND_KPIS.map((kpi) => ({ ...kpi, baseline: '1.200' })))))?.rows[0].baseline?.value;
    expect(baseline('da')).toBe(1200);
    expect(baseline('en')).toBe(1.2);
  });

  it('falls back on the message language when the headers do not tell', () => {
    const grid = toGrid([['KPI', 'Type', 'Baseline', 'Definition'], ['x y', 'Leading', '1.200', 'd']]);
    expect(findTable(grid, 'da')?.rows[0].baseline?.value).toBe(1200);
    expect(findTable(grid)?.rows[0].baseline?.value).toBe(1.2);
  });
});

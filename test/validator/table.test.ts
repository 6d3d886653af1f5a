import { describe, expect, it } from 'vitest';
import { COLUMNS, KNOWN_COLUMNS, readValues, type ColumnKey } from '../../shared/agreement/columns';
import { LISTED_IDS } from '../../shared/agreement/schema';
import { AgreementSchema, findTable, parseNumber, readAgreement, toGrid, validateAgreement } from '../../shared/index';
import { header, kpiTable, reviewGrid, SOUND_KPIS } from './helpers';

const table = (grid: unknown[][]) => findTable(toGrid(grid));

describe('finding the header row', () => {
  it('reads columns in any order', () => {
    const order: ColumnKey[] = ['target', 'owner', 'kpi', 'type', 'source', 'influence'];
    const found = table(kpiTable('en', SOUND_KPIS, order));
    expect(found?.columns).toEqual({ target: 0, owner: 1, kpi: 2, type: 3, source: 4, influence: 5 });
    expect(found?.rows[1].target?.value).toBe(0.25);
    expect(found?.rows[1].type).toEqual({ row: 2, column: 3, text: 'Lagging', value: 'lagging' });
  });

  it('reads Danish headers and values', () => {
    const found = table(kpiTable('da'));
    expect(Object.keys(found?.columns ?? {})).toHaveLength(COLUMNS.length);
    expect(found?.rows[0].kind).toMatchObject({ text: 'Kvantitet', value: 'quantity' });
    expect(found?.rows[3].direction).toMatchObject({ text: 'Lavere', value: 'lower' });
  });

  it('ignores text in parentheses, case and spaces', () => {
    const found = table([['  kpi ', 'INFLUENCE', ' Data Source (system) ', 'owner (name)', 'Indflydelse (%)'], ['Sales', 80, 'CRM', 'Anna', 10]]);
    expect(found?.columns).toEqual({ kpi: 0, influence: 1, source: 2, owner: 3 });
  });

  it('keeps the leftmost of a repeated header', () => {
    expect(table([['KPI', 'Owner', 'Owner', 'Type', 'Target']])?.columns.owner).toBe(1);
  });

  it('skips unknown columns', () => {
    const found = table([['Notes', 'KPI', 'Comment', 'Type', 'Focus', 'Kind'], ['n', 'Sales', 'c', 'Leading', 'Outcome', 'Quality']]);
    expect(found?.columns).toEqual({ kpi: 1, type: 3, focus: 4, kind: 5 });
    expect(found?.rows[0].kpi).toEqual({ row: 1, column: 1, text: 'Sales' });
  });

  it('finds the header below a title and the header block', () => {
    const grid = reviewGrid();
    const headerRow = grid.findIndex((row) => row[0] === header('kpi'));
    expect(table(grid)?.headerRow).toBe(headerRow);
    expect(table(grid)?.rows.map((row) => row.row)).toEqual([1, 2, 3, 4].map((i) => headerRow + i));
  });

  it('takes the first row that qualifies', () => {
    const found = table([['KPI', 'Type', 'Focus'], ['KPI', 'Type', 'Focus', 'Kind'], ['KPI', 'Type', 'Focus', 'Kind', 'Scope']]);
    expect(found?.headerRow).toBe(1);
  });

  it('needs a KPI cell and three other known headers', () => {
    expect(table([['KPI', 'Type', 'Focus', 'Remarks']])).toBeUndefined();
    expect(table([['Name', 'Type', 'Focus', 'Kind', 'Scope']])).toBeUndefined();
  });

  it('stops the KPI rows at the first row with neither a KPI name nor a definition, target, owner or data source', () => {
    const [head, ...rows] = kpiTable();
    const found = table([head, rows[0], rows[1], ['  ', '', 'Leading', 'Outcome'], rows[2]]);
    expect(found?.rows.map((row) => row.kpi.text)).toEqual(['Booked demo meetings', 'Hit rate']);
  });

  it('reads a row without a KPI name but with a definition, target, owner or data source as a KPI row', () => {
    const [head, ...rows] = kpiTable();
    const unnamed = (key: ColumnKey, value: unknown) => head.map((_, c) => (c === COLUMNS.findIndex((spec) => spec.key === key) ? value : ''));
    for (const key of ['definition', 'target', 'owner', 'source'] as const) {
      const found = table([head, rows[0], unnamed(key, key === 'target' ? 5 : 'x y'), rows[1], []]);
      expect(found?.rows.map((row) => row.kpi.text), key).toEqual(['Booked demo meetings', '', 'Hit rate']);
    }
  });

  it('ends the table at an unused row holding only placeholders', () => {
    const [head, ...rows] = kpiTable();
    const found = table([head, rows[0], rows[1], head.map((_, c) => (c < 9 ? '-' : 'n/a')), rows[2]]);
    expect(found?.rows).toHaveLength(2);
  });

  it('stops at the end of the grid and at a row too short to hold a KPI cell', () => {
    expect(table([['Type', 'Focus', 'Kind', 'KPI'], ['Leading', 'Output', 'Quality']])?.rows).toEqual([]);
  });
});

describe('reading cells', () => {
  it('reads influence as a fraction: at most 1 a fraction, above 1 a percentage', () => {
    const rows = table(kpiTable())?.rows ?? [];
    expect(rows.map((row) => row.influence?.value)).toEqual([0.9, 0.8, 0.4, 0.75]);
    const influence = (value: unknown) => table([['KPI', 'Influence', 'Owner', 'Type'], ['x', value]])?.rows[0].influence?.value;
    expect(influence(1)).toBe(1);
    expect(influence(70)).toBe(0.7);
    expect(influence('0,7')).toBe(0.7);
    expect(influence('nearly all')).toBeNull();
  });

  it('keeps unlisted values with a null id', () => {
    const row = table([['KPI', 'Type', 'Focus', 'Kind'], ['x', 'Sometimes', '', 'Kvalitet']])?.rows[0];
    expect(row?.type).toMatchObject({ text: 'Sometimes', value: null });
    expect(row?.focus).toMatchObject({ text: '', value: null });
    expect(row?.kind?.value).toBe('quality');
  });

  it.each([
    [42, 42], [-3.5, -3.5], ['42', 42], [' 0,7 ', 0.7], ['0.7', 0.7], ['70 %', 0.7], ['70%', 0.7], ['1.234,5', 1234.5],
    ['1,234.5', 1234.5], ['12 000', 12000], ['1.234.567', 1234567], ['−5', -5], ['+5', 5], [',5', 0.5],
  ])('parses %j as %j', (input, expected) => {
    expect(parseNumber(input)).toBeCloseTo(expected, 12);
  });

  it.each([[''], ['abc'], ['5 mio.'], ['1e5'], ['1,2.3,4'], ['%'], [Number.NaN], [Infinity], [true], [null], [new Date(0)], [{}], [[1]]])(
    'does not parse %j',
    (input) => {
      expect(parseNumber(input)).toBeNull();
    },
  );

  it('gives dates as ISO dates', () => {
    const row = table([['KPI', 'Deadline', 'Owner', 'Type'], ['x', new Date(Date.UTC(2026, 5, 30))]])?.rows[0];
    expect(row?.deadline?.text).toBe('2026-06-30');
  });
});

describe('the agreement schema', () => {
  it.each(['en', 'da'] as const)('holds what the reader reads from a %s review sheet', (lang) => {
    const agreement = readAgreement(reviewGrid({ lang }));
    expect(AgreementSchema.safeParse(agreement).success).toBe(true);
    expect(agreement.table?.rows).toHaveLength(4);
  });

  it('holds a sheet without a table', () => {
    expect(AgreementSchema.parse(readAgreement('not a grid'))).toEqual({ table: null, review: { header: {}, sections: {} } });
  });

  it('lists the same value ids as the columns do', () => {
    for (const [key, ids] of Object.entries(LISTED_IDS)) {
      const spec = KNOWN_COLUMNS.find((c) => c.key === key);
      expect(spec && readValues(spec).map((v) => v.id), key).toEqual(ids);
    }
    expect(KNOWN_COLUMNS.filter((c) => c.values).map((c) => c.key).sort()).toEqual(Object.keys(LISTED_IDS).sort());
  });
});

describe('validating a moved and translated table', () => {
  it('finds nothing wrong with the sound table in reverse column order with extra columns', () => {
    const keys = COLUMNS.map((c) => c.key).reverse();
    const grid = kpiTable('da', SOUND_KPIS, keys).map((row, r) => ['', r === 0 ? 'Noter' : 'n', ...row]);
    expect(validateAgreement(grid, { lang: 'da' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../shared/agreement/columns';
import { findingsOf, HEADER_POSITION, kpiTable, ruleCases, withoutColumn } from './helpers';

ruleCases('missing-column', {
  valid: [
    { name: 'every column present', grid: kpiTable() },
    { name: 'optional columns absent', grid: kpiTable('en', undefined, ['kpi', 'type', 'focus', 'kind', 'scope', 'source', 'owner', 'cadence', 'baseline', 'target', 'influence']) },
    { name: 'no table at all', grid: [['nothing here']] },
  ],
  invalid: [
    { name: 'no data source column', grid: withoutColumn('source'), expected: [{ severity: 'warning', ...HEADER_POSITION, message: 'The table has no “Data source” column.' }] },
    { name: 'no Danish influence column', lang: 'da', grid: withoutColumn('influence', 'da'), expected: [{ message: 'Tabellen mangler kolonnen “Indflydelse (%)”.' }] },
    { name: 'a bare KPI table of four columns', grid: [['KPI', 'Definition', 'Deadline', 'Actual', 'Status'], ['x', 'y', 'z', 1, 'Green']], expected: Array(10).fill({ severity: 'warning' }) },
  ],
});

describe('missing-column', () => {
  it('reports each expected column once, and no other', () => {
    const optional = COLUMNS.map((c) => c.key).filter((key) => !['kpi', 'type', 'focus', 'kind', 'scope', 'source', 'owner', 'cadence', 'baseline', 'target', 'influence'].includes(key));
    for (const key of optional) expect(findingsOf('missing-column', withoutColumn(key)), key).toEqual([]);
  });
});

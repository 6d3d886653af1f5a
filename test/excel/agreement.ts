import { COLUMNS, type ColumnKey } from '../../shared/agreement/columns';

type Row = Partial<Record<ColumnKey, string | number>>;

const SOUND: Row = {
  type: 'Leading', focus: 'Outcome', kind: 'Quality', scope: 'Individual', direction: 'Higher', source: 'CRM',
  owner: 'Anna', cadence: 'Monthly', baseline: 20, baselinePeriod: '2025', target: 24, deadline: '2026-06-30',
  influence: 0.9, link: 'Growth', actual: 22,
};

/**
 * A filled agreement as a sheet holds it, with problems the validator reports on rows and cells:
 * a blank owner, a blank data source and an unlisted cadence.
 */
export function agreementGrid(): (string | number)[][] {
  const rows: Row[] = [
    { ...SOUND, kpi: 'Booked meetings' },
    { ...SOUND, kpi: 'Hit rate', type: 'Lagging', owner: '' },
    { ...SOUND, kpi: 'New revenue', type: 'Lagging', source: '', cadence: 'Sometimes' },
  ];
  return [
    ['KPI agreement', ...COLUMNS.slice(1).map(() => '')],
    COLUMNS.map((column) => column.header.en),
    ...rows.map((row) => COLUMNS.map((column) => row[column.key] ?? '')),
  ];
}

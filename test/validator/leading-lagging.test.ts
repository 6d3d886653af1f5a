import { HEADER_POSITION, kpiTable, ruleCases, withEveryKpi, withKpiValue, withoutColumn } from './helpers';

ruleCases('leading-lagging', {
  valid: [
    { name: 'a Leading and Lagging KPIs', grid: kpiTable() },
    { name: 'Danish values', grid: kpiTable('da') },
    { name: 'no type column', grid: withoutColumn('type') },
    { name: 'the alias førende for Leading', grid: withKpiValue(0, 'type', 'Førende') },
  ],
  invalid: [
    { name: 'no Leading KPI', grid: withKpiValue(0, 'type', 'Lagging'), expected: [{ severity: 'error', ...HEADER_POSITION, message: expectMessage('Leading') }] },
    { name: 'no Lagging KPI', grid: withEveryKpi({ type: 'Leading' }), expected: [{ severity: 'error', message: expectMessage('Lagging') }] },
    { name: 'neither, once', grid: withEveryKpi({ type: '' }), expected: [{ severity: 'error', message: expectMessage('Leading and no Lagging') }] },
    { name: 'a misspelt Leading is no Leading', grid: withKpiValue(0, 'type', 'Leadng'), expected: [{ severity: 'error' }] },
  ],
});

function expectMessage(missing: string): string {
  return `The table has no ${missing} KPI: agree on at least one of each type, to steer ahead and to evaluate.`;
}

import { HEADER_POSITION, kpiTable, ruleCases, withEveryKpi, withKpiValue, withoutColumn } from './helpers';

ruleCases('team-driver', {
  valid: [
    { name: 'a Team KPI and an Individual Leading one', grid: kpiTable() },
    { name: 'no Team KPI', grid: withKpiValue(2, 'scope', 'Individual') },
    { name: 'no scope column', grid: withoutColumn('scope') },
    { name: 'no type column', grid: withoutColumn('type') },
  ],
  invalid: [
    { name: 'the only Leading KPI is a Team KPI', grid: withKpiValue(0, 'scope', 'Team'), expected: [{ severity: 'warning', ...HEADER_POSITION }] },
    { name: 'the Individual KPI is Lagging', grid: withKpiValue(0, 'type', 'Lagging'), expected: [{ severity: 'warning' }] },
    { name: 'every KPI a Team KPI', grid: withEveryKpi({ scope: 'Team' }), expected: [{ severity: 'warning' }] },
  ],
});

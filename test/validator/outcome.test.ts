import { HEADER_POSITION, kpiTable, ruleCases, withEveryKpi, withoutColumn } from './helpers';

ruleCases('outcome', {
  valid: [
    { name: 'Outcome KPIs', grid: kpiTable() },
    { name: 'no focus column', grid: withoutColumn('focus') },
    { name: 'outcome in lower case', grid: withEveryKpi({ focus: ' outcome ' }) },
  ],
  invalid: [
    { name: 'only Output KPIs', grid: withEveryKpi({ focus: 'Output' }), expected: [{ severity: 'warning', ...HEADER_POSITION }] },
    { name: 'blank focus everywhere', grid: withEveryKpi({ focus: '' }), expected: [{ severity: 'warning' }] },
  ],
});

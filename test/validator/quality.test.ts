import { HEADER_POSITION, kpiTable, ruleCases, withEveryKpi, withoutColumn } from './helpers';

ruleCases('quality', {
  valid: [
    { name: 'Quantity with Quality', grid: kpiTable() },
    { name: 'only Quality KPIs', grid: withEveryKpi({ kind: 'Quality' }) },
    { name: 'no kind given', grid: withEveryKpi({ kind: '' }) },
    { name: 'no kind column', grid: withoutColumn('kind') },
  ],
  invalid: [
    { name: 'only Quantity KPIs', grid: withEveryKpi({ kind: 'Quantity' }), expected: [{ severity: 'warning', ...HEADER_POSITION }] },
    { name: 'only Kvantitet, in Danish', lang: 'da', grid: withEveryKpi({ kind: 'Quantity' }, 'da'), expected: [{ message: 'Tabellen måler kvantitet, men ikke kvalitet: supplér med mindst én kvalitets-KPI.' }] },
  ],
});

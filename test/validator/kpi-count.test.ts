import { COLUMNS } from '../../shared/agreement/columns';
import { HEADER_POSITION, kpiTable, ruleCases, SOUND_KPIS } from './helpers';

const table = (count: number) =>
  kpiTable('en', Array.from({ length: count }, (_, i) => ({ ...SOUND_KPIS[i % SOUND_KPIS.length], kpi: `KPI ${i + 1}` })));

ruleCases('kpi-count', {
  valid: [
    { name: '3 KPIs', grid: table(3) },
    { name: '4 KPIs', grid: table(4) },
    { name: '5 KPIs', grid: table(5) },
  ],
  invalid: [
    { name: 'no KPI row', grid: [COLUMNS.map((c) => c.header.en)], expected: [{ severity: 'error', ...HEADER_POSITION }] },
    { name: 'a header followed by a blank KPI cell', grid: [...table(0), ['', '', 'Leading'], ['Sales', '', 'Lagging']], expected: [{ severity: 'error' }] },
    { name: '1 KPI', grid: table(1), expected: [{ severity: 'warning', ...HEADER_POSITION, message: 'The table holds only 1 KPI: 3 to 5 give a fuller picture.' }] },
    { name: '2 KPIs', grid: table(2), expected: [{ severity: 'warning' }] },
    { name: '6 KPIs', grid: table(6), expected: [{ severity: 'error', message: 'The table holds 6 KPIs: agree on at most 5, or focus is lost.' }] },
    { name: '2 KPIs, in Danish', lang: 'da', grid: table(2), expected: [{ severity: 'warning', message: 'Tabellen har kun 2 KPI’er: 3-5 giver et fyldigere billede.' }] },
  ],
});

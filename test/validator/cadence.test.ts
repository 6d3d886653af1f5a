import { cellOf, kpiTable, ruleCases, withKpiValue, withoutColumn } from './helpers';

ruleCases('cadence', {
  valid: [
    { name: 'daily, weekly and monthly', grid: kpiTable() },
    { name: 'Danish Månedligt', grid: withKpiValue(0, 'cadence', 'månedligt') },
    { name: 'a blank cadence', grid: withKpiValue(0, 'cadence', '') },
    { name: 'no cadence column', grid: withoutColumn('cadence') },
  ],
  invalid: [
    { name: 'Quarterly', grid: withKpiValue(2, 'cadence', 'Quarterly'), expected: [{ severity: 'warning', ...cellOf(2, 'cadence'), message: '“New ARR” is measured quarterly: measure it monthly or more often.' }] },
    { name: 'Årligt in an English sheet', grid: withKpiValue(1, 'cadence', 'Årligt'), expected: [{ ...cellOf(1, 'cadence') }] },
    { name: 'Kvartalsvist, in Danish', lang: 'da', grid: withKpiValue(2, 'cadence', 'Quarterly', 'da'), expected: [{ message: '»New ARR« måles kvartalsvist: mål den månedligt eller oftere.' }] },
  ],
});

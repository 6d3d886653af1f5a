import { kpiTable, reviewGrid, rowOf, ruleCases } from './helpers';

const blank = reviewGrid({ followUp: '  ' });
const noLabel = reviewGrid().filter((row) => row[0] !== 'Follow-up cadence');

ruleCases('follow-up', {
  valid: [
    { name: 'a follow-up cadence', grid: reviewGrid() },
    { name: 'in Danish', grid: reviewGrid({ lang: 'da', followUp: 'Månedligt' }) },
    { name: 'a bare table', grid: kpiTable() },
    { name: 'a header block without sections', grid: [['Follow-up cadence', ''], [], ...kpiTable()] },
  ],
  invalid: [
    { name: 'a blank cadence', grid: blank, expected: [{ severity: 'warning', row: rowOf(blank, 'Follow-up cadence'), column: 1 }] },
    { name: 'no follow-up field', grid: noLabel, expected: [{ severity: 'warning', row: undefined }] },
    { name: 'in Danish', lang: 'da', grid: reviewGrid({ lang: 'da', followUp: '' }), expected: [{ message: 'Opfølgningsfrekvensen er ikke udfyldt: aftal, hvornår I følger op, fx et månedligt checkpoint.' }] },
  ],
});

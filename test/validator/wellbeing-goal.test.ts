import { kpiTable, reviewGrid, rowOf, ruleCases } from './helpers';

const none = reviewGrid({ wellbeing: [] });

ruleCases('wellbeing-goal', {
  valid: [
    { name: 'a well-being goal', grid: reviewGrid() },
    { name: 'a Danish learning goal', grid: reviewGrid({ lang: 'da', wellbeing: [['Et kursus i SQL', 'Kursusbevis', 'Marts']] }) },
    { name: 'a bare table', grid: kpiTable() },
  ],
  invalid: [
    { name: 'no entry', grid: none, expected: [{ severity: 'warning', row: rowOf(none, 'Well-being and learning'), column: 0 }] },
    { name: 'only rows with a blank first cell', grid: reviewGrid({ wellbeing: [['', 'Pulse survey', 'Monthly']] }), expected: [{ severity: 'warning' }] },
    { name: 'in Danish', lang: 'da', grid: reviewGrid({ lang: 'da', wellbeing: [] }), expected: [{ message: 'Samtalen har intet mål for trivsel eller læring: aftal mindst ét, fx om trivsel, feedbackkultur eller udviklingsaktiviteter.' }] },
  ],
});

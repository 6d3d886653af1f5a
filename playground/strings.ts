import type { Localized } from '../shared/i18n/lang';

/** The playground page's own texts; the review pane's are in ui/strings.ts. */
export const PLAYGROUND_TEXT = {
  title: { en: 'KPI Review playground', da: 'KPI Review-legeplads' },
  intro: {
    en: 'A workbook in your browser with the KPI functions, beside the same pane as in Excel and Google Sheets. Nothing is sent anywhere.',
    da: 'En projektmappe i din browser med KPI-funktionerne, ved siden af samme rude som i Excel og Google Sheets. Intet sendes nogen steder hen.',
  },
  language: { en: 'Language', da: 'Sprog' },
  reset: { en: 'Reset example', da: 'Nulstil eksempel' },
  resetConfirm: {
    en: 'Replace the whole workbook with the example? Your changes cannot be undone afterwards. Download it as .xlsx first to keep a copy.',
    da: 'Erstat hele projektmappen med eksemplet? Dine ændringer kan ikke fortrydes bagefter. Hent den som .xlsx først, hvis du vil beholde en kopi.',
  },
  sheets: { en: 'Sheets', da: 'Ark' },
  formulaBar: { en: 'Formula bar', da: 'Formellinje' },
  nameBox: { en: 'Selected cell', da: 'Markeret celle' },
  grid: { en: 'Sheet', da: 'Ark' },
  pane: { en: 'KPI Review pane', da: 'KPI Review-rude' },
  spilled: { en: 'Part of a spilled result: edit the formula in its first cell.', da: 'Del af et spildt resultat: ret formlen i dens første celle.' },
  listHint: { en: 'Choose from the list or type', da: 'Vælg fra listen eller skriv' },
  undo: { en: 'Undo (Ctrl+Z)', da: 'Fortryd (Ctrl+Z)' },
  redo: { en: 'Redo (Ctrl+Y)', da: 'Annuller fortryd (Ctrl+Y)' },
  renameSheet: { en: 'Rename sheet', da: 'Omdøb ark' },
  renamePrompt: { en: 'New name of the sheet', da: 'Arkets nye navn' },
  renameEmpty: { en: 'A sheet needs a name.', da: 'Et ark skal have et navn.' },
  renameTaken: { en: 'Another sheet already has that name.', da: 'Et andet ark har allerede det navn.' },
  renameInvalid: {
    en: 'A sheet name has at most 31 characters and none of : \\ / ? * [ ].',
    da: 'Et arknavn har højst 31 tegn og ingen af : \\ / ? * [ ].',
  },
  deleteSheet: { en: 'Delete sheet', da: 'Slet ark' },
  deleteConfirm: {
    en: 'Delete the sheet “{sheet}” and everything on it? Undo (Ctrl+Z) brings it back.',
    da: 'Slet arket “{sheet}” og alt på det? Fortryd (Ctrl+Z) henter det tilbage.',
  },
  lastSheet: { en: 'The last sheet cannot be deleted.', da: 'Det sidste ark kan ikke slettes.' },
  chartByMonth: { en: 'by month', da: 'pr. måned' },
  chartNoSheet: { en: 'The chart’s sheet is gone:', da: 'Diagrammets ark findes ikke længere:' },
  pasteFailed: { en: 'Cannot paste there: part of a spilled result is in the way.', da: 'Kan ikke indsætte her: en del af et spildt resultat er i vejen.' },
  licence: {
    en: 'Formulas computed by HyperFormula (GPLv3); this playground is distributed under GPLv3 terms.',
    da: 'Formler beregnes af HyperFormula (GPLv3); denne legeplads distribueres på GPLv3-vilkår.',
  },
} satisfies Record<string, Localized>;

import type { Localized } from '../shared/i18n/lang';

/** The playground page's own texts; the review pane's are in ui/strings.ts. */
export const PLAYGROUND_TEXT = {
  title: { en: 'KPI Review playground', da: 'KPI Review-legeplads' },
  intro: {
    en: 'A workbook in your browser with the KPI functions, beside the same pane as in Excel and Google Sheets. Nothing is sent anywhere.',
    da: 'En projektmappe i din browser med KPI-funktionerne, ved siden af samme rude som i Excel og Google Sheets. Intet sendes nogen steder hen.',
  },
  workbookLanguage: { en: 'Workbook language', da: 'Projektmappens sprog' },
  sheets: { en: 'Sheets', da: 'Ark' },
  formulaBar: { en: 'Formula bar', da: 'Formellinje' },
  nameBox: { en: 'Selected cell', da: 'Markeret celle' },
  grid: { en: 'Sheet', da: 'Ark' },
  pane: { en: 'KPI Review pane', da: 'KPI Review-rude' },
  spilled: { en: 'Part of a spilled result: edit the formula in its first cell.', da: 'Del af et spildt resultat: ret formlen i dens første celle.' },
  listHint: { en: 'Choose from the list or type', da: 'Vælg fra listen eller skriv' },
  licence: {
    en: 'Formulas computed by HyperFormula (GPLv3); this playground is distributed under GPLv3 terms.',
    da: 'Formler beregnes af HyperFormula (GPLv3); denne legeplads distribueres på GPLv3-vilkår.',
  },
} satisfies Record<string, Localized>;

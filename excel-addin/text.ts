import type { Localized } from '../shared/i18n/lang';

export { fill } from '../shared/i18n/fill';

/** The Excel add-in's own words: what the task pane and the ribbon say outside the shared pane. */
export const EXCEL_TEXT = {
  outsideExcel: {
    en: 'Open this page from the KPI Review button in Excel.',
    da: 'Åbn denne side fra knappen KPI Review i Excel.',
  },
  unsupported: {
    en: 'This version of Excel lacks what KPI Review needs ({sets}). Update Office, or use Excel on the web.',
    da: 'Denne version af Excel mangler det, KPI Review skal bruge ({sets}). Opdatér Office, eller brug Excel på nettet.',
  },
  insertFailed: {
    en: 'The review template could not be inserted: {reason}',
    da: 'Skabelonen til samtalen kunne ikke indsættes: {reason}',
  },
  trackFailed: {
    en: 'The agreement could not be tracked: {reason}',
    da: 'Der kunne ikke følges op på aftalen: {reason}',
  },
  dashboardFailed: {
    en: 'The dashboard could not be built: {reason}',
    da: 'Overblikket kunne ikke bygges: {reason}',
  },
  paneFailed: {
    en: 'The review pane could not be opened: {reason}',
    da: 'Samtaleruden kunne ikke åbnes: {reason}',
  },
  noReason: {
    en: 'Excel gave no reason. If the workbook is protected, remove the protection and try again.',
    da: 'Excel gav ingen forklaring. Hvis projektmappen er beskyttet, så fjern beskyttelsen og prøv igen.',
  },
} satisfies Record<string, Localized>;

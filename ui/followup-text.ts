import type { Lang, Localized } from '../shared/i18n/lang';

/** The pane's words for check-ins and follow-up dates. */
export const FOLLOW_UP_TEXT = {
  checkInHeading: { en: 'Check in', da: 'Opfølgning' },
  checkInHelp: {
    en: 'Records today’s numbers of each KPI, with a comment and the decision, on the check-in sheet. Earlier check-ins are never changed.',
    da: 'Registrerer dagens tal for hver KPI med en kommentar og beslutningen på opfølgningsarket. Tidligere opfølgninger ændres aldrig.',
  },
  start: { en: 'Check in', da: 'Hold opfølgning' },
  loading: { en: 'Reading the agreement…', da: 'Læser aftalen…' },
  actual: { en: 'Actual', da: 'Faktisk' },
  target: { en: 'Target', da: 'Mål' },
  status: { en: 'Status', da: 'Status' },
  pace: { en: 'Pace', da: 'Tempo' },
  revisitIf: { en: 'Revisit if:', da: 'Revurderes hvis:' },
  noTrigger: { en: 'No if-then trigger agreed.', da: 'Ingen if-then-trigger aftalt.' },
  comment: { en: 'Comment', da: 'Kommentar' },
  decision: { en: 'Decision', da: 'Beslutning' },
  decisionPlaceholder: { en: 'e.g. Keep the targets; Mette takes the knowledge-base course', da: 'fx Målene står ved magt; Mette tager kurset i vidensbasen' },
  sanityDue: {
    en: 'The middle of the period has passed ({from}): time for the mid-year sanity check.',
    da: 'Periodens midte er passeret ({from}): tid til midtvejstjekket.',
  },
  sanityDone: { en: 'A mid-year sanity check was recorded on {done}.', da: 'Der blev registreret et midtvejstjek den {done}.' },
  sanityChoice: { en: 'Record this check-in as the mid-year sanity check', da: 'Registrér denne opfølgning som midtvejstjekket' },
  record: { en: 'Record check-in', da: 'Registrér opfølgning' },
  cancel: { en: 'Cancel', da: 'Annullér' },
  recording: { en: 'Recording the check-in…', da: 'Registrerer opfølgningen…' },
  calendarHeading: { en: 'Follow-up dates', da: 'Opfølgningsdatoer' },
  calendarHelp: {
    en: 'Exports the agreed checkpoints, the mid-year sanity check, the deadlines and the next review as a calendar file (.ics), each with an agenda.',
    da: 'Eksporterer de aftalte opfølgninger, midtvejstjekket, deadlines og næste samtale som en kalenderfil (.ics), hver med en dagsorden.',
  },
  exportCalendar: { en: 'Export calendar (.ics)', da: 'Eksportér kalender (.ics)' },
  exporting: { en: 'Making the calendar…', da: 'Laver kalenderen…' },
  download: { en: 'Download {file}', da: 'Hent {file}' },
  copyHelp: {
    en: 'Save this text as a file named {file} and open it with your calendar:',
    da: 'Gem denne tekst som en fil med navnet {file}, og åbn den med din kalender:',
  },
  copy: { en: 'Copy', da: 'Kopiér' },
  copied: { en: 'Copied the calendar text.', da: 'Kalenderteksten er kopieret.' },
  copyFailed: { en: 'Copying was not allowed here: select the text and copy it yourself.', da: 'Kopiering var ikke tilladt her: markér teksten, og kopiér den selv.' },
} satisfies Record<string, Localized>;

export const FOLLOW_UP_DONE = {
  drafted: (sheet: string, kpis: number): Localized => ({
    en: `Check-in of “${sheet}”: ${kpis} ${kpis === 1 ? 'KPI' : 'KPIs'}.`,
    da: `Opfølgning på »${sheet}«: ${kpis} ${kpis === 1 ? 'KPI' : 'KPI’er'}.`,
  }),
  recorded: (sheet: string, rows: number): Localized => ({
    en: `Recorded the check-in: ${rows} ${rows === 1 ? 'row' : 'rows'} in “${sheet}”.`,
    da: `Opfølgningen er registreret: ${rows} ${rows === 1 ? 'række' : 'rækker'} i »${sheet}«.`,
  }),
  calendar: (events: number, first: string, last: string): Localized => ({
    en: `The calendar holds ${events} ${events === 1 ? 'meeting' : 'meetings'}, ${first} to ${last}.`,
    da: `Kalenderen har ${events} ${events === 1 ? 'møde' : 'møder'} fra ${first} til ${last}.`,
  }),
};

/** A number as the pane's language writes it: 4,3 in Danish, 4.3 in English. */
export function formatNumber(value: number, lang: Lang, style: 'decimal' | 'percent' = 'decimal'): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { style, maximumFractionDigits: style === 'percent' ? 0 : 2 }).format(value);
}

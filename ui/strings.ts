import type { Lang, Localized } from '../shared/i18n/lang';
import type { Severity } from '../shared/validator/rule';

/** Every text the review pane shows, in each language it speaks. Host and core texts live elsewhere. */
export const STRINGS = {
  title: { en: 'KPI Review', da: 'KPI Review' },
  language: { en: 'Language', da: 'Sprog' },
  templateHeading: { en: 'Insert a template', da: 'Indsæt en skabelon' },
  templateLabel: { en: 'Template', da: 'Skabelon' },
  insert: { en: 'Insert', da: 'Indsæt' },
  checkHeading: { en: 'Check the agreement', da: 'Tjek aftalen' },
  checkHelp: {
    en: 'Checks the KPI agreement on the active sheet against the guide.',
    da: 'Tjekker KPI-aftalen på det aktive ark op mod guiden.',
  },
  validate: { en: 'Validate', da: 'Valider' },
  revalidate: { en: 'Re-validate', da: 'Valider igen' },
  noFindings: { en: 'No findings: the agreement follows the guide.', da: 'Ingen fund: aftalen følger guiden.' },
  findingsOf: { en: 'Findings on', da: 'Fund på' },
  saveHeading: { en: 'Save a version', da: 'Gem en version' },
  reasonLabel: { en: 'Reason for the change', da: 'Årsag til ændringen' },
  reasonPlaceholder: { en: 'e.g. Targets agreed at the review', da: 'fx Mål aftalt ved samtalen' },
  reasonMissing: { en: 'Write a reason before saving a version.', da: 'Skriv en årsag, før du gemmer en version.' },
  insertReview: { en: 'Insert a blank review', da: 'Indsæt en tom medarbejdersamtale' },
  save: { en: 'Save version', da: 'Gem version' },
  toSave: { en: 'Go to Save a version', da: 'Gå til Gem en version' },
  working: { en: 'Working…', da: 'Arbejder…' },
  loadingLanguage: { en: 'Starting…', da: 'Starter…' },
  inserting: { en: 'Inserting the template…', da: 'Indsætter skabelonen…' },
  validating: { en: 'Validating the active sheet…', da: 'Validerer det aktive ark…' },
  selecting: { en: 'Selecting the cell…', da: 'Markerer cellen…' },
  saving: { en: 'Saving the version…', da: 'Gemmer versionen…' },
  failed: { en: 'Something went wrong:', da: 'Noget gik galt:' },
  unknownError: { en: 'the spreadsheet gave no reason.', da: 'regnearket gav ingen forklaring.' },
  dismiss: { en: 'Dismiss', da: 'Luk' },
  goTo: { en: 'Go to cell', da: 'Gå til celle' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

export function text(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** Counted nouns: one form for 1, another for the rest. */
const COUNTED: Record<Severity, Record<Lang, [string, string]>> = {
  error: { en: ['error', 'errors'], da: ['fejl', 'fejl'] },
  warning: { en: ['warning', 'warnings'], da: ['advarsel', 'advarsler'] },
  info: { en: ['note', 'notes'], da: ['bemærkning', 'bemærkninger'] },
};

/** `1 error`, `3 warnings`, `2 bemærkninger`. */
export function counted(severity: Severity, count: number, lang: Lang): string {
  const [one, many] = COUNTED[severity][lang];
  return `${count} ${count === 1 ? one : many}`;
}

export const SEVERITY_HEADINGS: Record<Severity, Localized> = {
  error: { en: 'Errors', da: 'Fejl' },
  warning: { en: 'Warnings', da: 'Advarsler' },
  info: { en: 'Notes', da: 'Bemærkninger' },
};

/** Status lines after a bridge call succeeded. */
export const DONE = {
  inserted: (sheet: string): Localized => ({ en: `Inserted the sheet “${sheet}”.`, da: `Arket »${sheet}« er indsat.` }),
  // The summary may be a sentence of its own, ending in a full stop: never write two.
  validated: (sheet: string, summary: string): Localized => {
    const sentence = summary.replace(/\.$/, '');
    return { en: `“${sheet}”: ${sentence}.`, da: `»${sheet}«: ${sentence}.` };
  },
  selected: (address: string): Localized => ({ en: `Selected ${address}.`, da: `${address} er markeret.` }),
  saved: (sheet: string, rows: number): Localized => ({
    en: `Saved ${rows} ${rows === 1 ? 'row' : 'rows'} to “${sheet}”.`,
    da: `${rows} ${rows === 1 ? 'række' : 'rækker'} gemt i »${sheet}«.`,
  }),
};

/** The verdict above the findings (ui/verdict.ts) and the reason it proposes once both have signed. */
export const VERDICT_TEXT = {
  ready: { en: 'Ready to agree', da: 'Klar til aftale' },
  notReady: { en: 'Not ready to agree yet. Left to do:', da: 'Endnu ikke klar til aftale. Det skal på plads først:' },
  signedByBoth: { en: 'Signed off by the employee and the manager.', da: 'Godkendt af både medarbejder og leder.' },
  employeeOnly: { en: 'Signed off by the employee; the manager has not signed yet.', da: 'Godkendt af medarbejderen; lederen har ikke godkendt endnu.' },
  managerOnly: { en: 'Signed off by the manager; the employee has not signed yet.', da: 'Godkendt af lederen; medarbejderen har ikke godkendt endnu.' },
  agreedReason: { en: 'Agreed', da: 'Aftalt' },
} satisfies Record<string, Localized>;

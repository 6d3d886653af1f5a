import type { Lang, Localized } from '../shared/i18n/lang';
import type { Severity } from '../shared/validator/rule';

/** Every text the command line prints, in each language it speaks. */
export const STRINGS = {
  notFound: { en: 'There is no such file or folder.', da: 'Filen eller mappen findes ikke.' },
  unreadableFile: {
    en: 'The file could not be opened (no permission to read it, or it is in use).',
    da: 'Filen kunne ikke åbnes (der er ikke adgang til at læse den, eller den er i brug).',
  },
  emptyFile: { en: 'The file is empty.', da: 'Filen er tom.' },
  encrypted: {
    en: 'The workbook is protected with a password (encrypted). Save a copy without a password to check it.',
    da: 'Projektmappen er beskyttet med en adgangskode (krypteret). Gem en kopi uden adgangskode for at tjekke den.',
  },
  legacyXls: {
    en: 'This is an old Excel 97–2003 workbook (.xls). Save it as an .xlsx workbook to check it.',
    da: 'Det er en gammel Excel 97-2003-projektmappe (.xls). Gem den som .xlsx-projektmappe for at tjekke den.',
  },
  damaged: {
    en: 'The workbook is damaged or incomplete (it may have been cut off while it was copied or downloaded).',
    da: 'Projektmappen er beskadiget eller ufuldstændig (den kan være blevet afbrudt, mens den blev kopieret eller hentet).',
  },
  notWorkbook: {
    en: 'This is not an Excel workbook (.xlsx) or a CSV file.',
    da: 'Det er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil.',
  },
  noSheets: { en: 'The workbook has no sheets.', da: 'Projektmappen har ingen ark.' },
  notUtf8: {
    en: 'The CSV file is not UTF-8 text. Export it again as "CSV UTF-8".',
    da: 'CSV-filen er ikke UTF-8-tekst. Eksportér den igen som "CSV UTF-8".',
  },
  tooLarge: {
    en: 'The file is larger than {limit} MB, the most one file may be.',
    da: 'Filen er større end {limit} MB, som er det mest en fil må fylde.',
  },
  outOfMemory: {
    en: 'Reading the workbook needed more than {limit} MB of memory; it is too large or damaged.',
    da: 'Læsningen af projektmappen krævede mere end {limit} MB hukommelse; den er for stor eller beskadiget.',
  },
  row: { en: 'row {row}', da: 'række {row}' },
  couldNotRead: { en: 'could not be read', da: 'kunne ikke læses' },
  summary: {
    en: '{files} files, {sheets} sheets checked: {errors} errors, {warnings} warnings, {infos} infos.',
    da: '{files} filer, {sheets} ark tjekket: {errors} fejl, {warnings} advarsler, {infos} info.',
  },
  summaryUnreadable: {
    en: ' {unreadable} of the files could not be read.',
    da: ' {unreadable} af filerne kunne ikke læses.',
  },
  noFiles: { en: 'No .xlsx or .csv files found.', da: 'Ingen .xlsx- eller .csv-filer fundet.' },
  progress: {
    en: 'Checked {done} of {total} files ({rate} files/s)',
    da: 'Tjekket {done} af {total} filer ({rate} filer/s)',
  },
  usage: {
    en: `Usage:
  kpi-review check [--format text|json] [--lang en|da] <path>...
  kpi-review report [--format html|csv] [--lang en|da] [--out <file>] <path>...

A path is an .xlsx or .csv file, or a folder searched for both.
Exit status: 2 when a file could not be read, else 1 when any finding is an error, else 0.`,
    da: `Brug:
  kpi-review check [--format text|json] [--lang en|da] <sti>...
  kpi-review report [--format html|csv] [--lang en|da] [--out <fil>] <sti>...

En sti er en .xlsx- eller .csv-fil eller en mappe, hvor begge slags søges.
Afslutningskode: 2 når en fil ikke kunne læses, ellers 1 når et fund er en fejl, ellers 0.`,
  },
  badUsage: { en: 'kpi-review: {problem}', da: 'kpi-review: {problem}' },
  unknownCommand: { en: 'unknown command "{command}".', da: 'ukendt kommando "{command}".' },
  noPaths: { en: 'name at least one file or folder.', da: 'angiv mindst én fil eller mappe.' },
  badChoice: {
    en: '--{option} must be one of {choices}, not "{value}".',
    da: '--{option} skal være en af {choices}, ikke "{value}".',
  },
  unknownOption: { en: 'unknown option "{option}".', da: 'ukendt tilvalg "{option}".' },
  missingValue: { en: '--{option} needs a value.', da: '--{option} skal have en værdi.' },
  wroteReport: { en: 'Wrote the report to {file}.', da: 'Rapporten er skrevet til {file}.' },
  cannotWrite: { en: 'could not write {file}: {reason}', da: 'kunne ikke skrive {file}: {reason}' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

/** A text with its `{name}` placeholders filled in. */
export function say(key: StringKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const SEVERITY_WORDS: Record<Severity, Localized> = {
  error: { en: 'error', da: 'fejl' },
  warning: { en: 'warning', da: 'advarsel' },
  info: { en: 'info', da: 'info' },
};

import type { Lang, Localized } from '../i18n/lang';
import { isBlank, labelMatcher, localizedTexts } from '../agreement/normalize';
import { toGrid } from '../agreement/table';
import { YES_NO_VALUES, isYes } from './answers';
import { FORMATS, SheetBuilder, cellRange, header, input, label, labelsOf, section, type CellValue } from './grid';

export type SignOffParty = 'employee' | 'manager';
export const SIGN_OFF_PARTIES: readonly SignOffParty[] = ['employee', 'manager'];

/**
 * The review's sign-off block, under the KPI agreement: "when both leader and employee have said
 * yes to the target" (the guide), each says so with a name, Agreed = Yes and a date.
 */
export const SIGN_OFF = {
  title: { en: 'Sign-off', da: 'Godkendelse' },
  columns: [
    { en: 'Agreed by', da: 'Aftalt af' },
    { en: 'Name', da: 'Navn' },
    { en: 'Agreed', da: 'Aftalt' },
    { en: 'Date', da: 'Dato' },
  ],
  parties: {
    employee: { en: 'Employee', da: 'Medarbejder' },
    manager: { en: 'Manager', da: 'Leder' },
  } satisfies Record<SignOffParty, Localized>,
} as const;

/** Columns of a party's row, counted from its label. */
const AGREED_OFFSET = 2;
const DATE_OFFSET = 3;

/** What an example writes into the block: per party, its name, Agreed and date. */
export type SignOffContent = Partial<Record<SignOffParty, readonly [name?: CellValue, agreed?: CellValue, date?: CellValue]>>;

/** Appends the block: a blank row, its title, its header and a row per party. */
export function writeSignOff(sheet: SheetBuilder, lang: Lang, content: SignOffContent = {}): void {
  sheet.blankRow();
  sheet.row(section(SIGN_OFF.title[lang]));
  sheet.row(...SIGN_OFF.columns.map((heading) => header(heading[lang])));
  const first = sheet.nextRow;
  for (const party of SIGN_OFF_PARTIES) {
    const [name, agreed, date] = content[party] ?? [];
    sheet.row(label(SIGN_OFF.parties[party][lang]), input(name), input(agreed), input(date, FORMATS.date));
  }
  sheet.list(cellRange(first, AGREED_OFFSET, SIGN_OFF_PARTIES.length), labelsOf(YES_NO_VALUES, lang));
}

/** Who has signed: Agreed is Yes (or Ja) and a date is filled in. */
export type SignOffState = Readonly<Record<SignOffParty, boolean>>;

const isTitle = labelMatcher([{ key: true, texts: localizedTexts(SIGN_OFF.title) }]);
const partyOf = labelMatcher(SIGN_OFF_PARTIES.map((party) => ({ key: party, texts: localizedTexts(SIGN_OFF.parties[party]) })));

/**
 * Reads the sign-off block of a review sheet's values, in either language: the party rows under
 * its title, up to the first blank row. Undefined when the sheet has no sign-off block.
 */
export function readSignOff(values: unknown): SignOffState | undefined {
  const grid = toGrid(values);
  const titleRow = grid.findIndex((row) => row.some((cell) => isTitle(cell)));
  if (titleRow < 0) return undefined;
  const signed: Record<SignOffParty, boolean> = { employee: false, manager: false };
  const seen = new Set<SignOffParty>();
  for (let r = titleRow + 1; r < grid.length; r++) {
    const row = grid[r];
    const column = row.findIndex((cell) => !isBlank(cell));
    if (column < 0) break;
    const party = partyOf(row[column]);
    if (party === undefined || seen.has(party)) continue;
    seen.add(party);
    signed[party] = isYes(row[column + AGREED_OFFSET]) && !isBlank(row[column + DATE_OFFSET]);
  }
  return signed;
}

/** True once both the employee and the manager have signed. */
export function signedByBoth(state: SignOffState | undefined): boolean {
  return state !== undefined && SIGN_OFF_PARTIES.every((party) => state[party]);
}

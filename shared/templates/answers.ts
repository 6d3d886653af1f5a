import type { ListedValue } from '../agreement/columns';
import { labelMatcher, localizedTexts } from '../agreement/normalize';

/** Yes / No dropdowns (Ja / Nej): the checklist's Done, the sign-off's Agreed, the Pilot marker. */
export const YES_NO_VALUES: readonly ListedValue[] = [
  { id: 'yes', label: { en: 'Yes', da: 'Ja' } },
  { id: 'no', label: { en: 'No', da: 'Nej' } },
];

const yesNo = labelMatcher(YES_NO_VALUES.map((value) => ({ key: value.id, texts: localizedTexts(value.label) })));

/** True for a cell holding Yes or Ja, in any case; blank and anything else is not a yes. */
export function isYes(value: unknown): boolean {
  return yesNo(value) === 'yes';
}

import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { exampleReview } from '../../shared/templates/example';
import { templateValues } from '../../shared/templates/grid';
import { reviewSheet } from '../../shared/templates/review';
import { SIGN_OFF, readSignOff, signedByBoth } from '../../shared/templates/sign-off';
import type { TemplateSpec } from '../../shared/templates/spec';
import { rowsStartingWith } from './specs';

/** The review's values with the sign-off's party rows filled from `rows` ([name, agreed, date]). */
function signed(spec: TemplateSpec, rows: { employee?: unknown[]; manager?: unknown[] }): unknown[][] {
  const values: unknown[][] = templateValues(spec, 'excel').map((row) => [...row]);
  const [title] = rowsStartingWith(spec, SIGN_OFF.title[spec.lang]);
  const place = (offset: number, cells: unknown[] = []) => cells.forEach((cell, index) => (values[title + offset][1 + index] = cell));
  place(2, rows.employee);
  place(3, rows.manager);
  return values;
}

describe.each(LANGS)('reading the sign-off (%s)', (lang) => {
  const empty = reviewSheet(lang);
  const yes = lang === 'en' ? 'Yes' : 'Ja';

  it('finds nobody signed on the empty template', () => {
    expect(readSignOff(templateValues(empty, 'excel'))).toEqual({ employee: false, manager: false });
    expect(signedByBoth(readSignOff(templateValues(empty, 'excel')))).toBe(false);
  });

  it('finds both signed on the example, and signedByBoth says so', () => {
    const state = readSignOff(templateValues(exampleReview(lang), 'excel'));
    expect(state).toEqual({ employee: true, manager: true });
    expect(signedByBoth(state)).toBe(true);
  });

  it('counts a party as signed with Agreed = Yes and a date, whatever its case or the date\'s form', () => {
    const grid = signed(empty, { employee: ['Mette', yes.toUpperCase(), 46364], manager: ['Anders', ` ${yes.toLowerCase()} `, new Date(Date.UTC(2026, 11, 8))] });
    expect(readSignOff(grid)).toEqual({ employee: true, manager: true });
  });

  it('does not count Agreed without a date, a date without Agreed, or Agreed = No', () => {
    const no = lang === 'en' ? 'No' : 'Nej';
    expect(readSignOff(signed(empty, { employee: ['Mette', yes, ''], manager: ['Anders', '', 46364] }))).toEqual({ employee: false, manager: false });
    expect(readSignOff(signed(empty, { employee: ['Mette', no, 46364], manager: ['Anders', yes, 46364] }))).toEqual({ employee: false, manager: true });
  });

  it('is not fooled by the header block\'s Employee and Manager labels above it', () => {
    const grid = signed(empty, { manager: ['Anders', yes, 46364] });
    expect(rowsStartingWith(empty, SIGN_OFF.parties.employee[lang])).toHaveLength(2);
    expect(readSignOff(grid)).toEqual({ employee: false, manager: true });
  });
});

describe('reading the sign-off of other sheets', () => {
  it('reads a Danish block on an English sheet and the other way round', () => {
    const daBlock = [['Godkendelse'], ['Aftalt af', 'Navn', 'Aftalt', 'Dato'], ['Medarbejder', 'Mette', 'Ja', '2026-12-08'], ['Leder', 'Anders', 'Yes', 46364]];
    expect(readSignOff(daBlock)).toEqual({ employee: true, manager: true });
  });

  it('stops at the first blank row under the title', () => {
    expect(readSignOff([['Sign-off'], ['Employee', 'Mette', 'Yes', 46364], [], ['Manager', 'Anders', 'Yes', 46364]])).toEqual({ employee: true, manager: false });
  });

  it('is undefined for a sheet without a sign-off block, and never throws on odd input', () => {
    expect(readSignOff([['KPI', 'Owner'], ['Hit rate', 'Mette']])).toBeUndefined();
    for (const odd of [undefined, null, 'text', [null, 'row', [['Sign-off']]], [['Sign-off'], null, ['Employee', 'x', 'Yes', 1]]]) {
      expect(() => readSignOff(odd)).not.toThrow();
    }
  });
});

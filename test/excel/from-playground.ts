import { formulasOf } from '../../playground/track';
import type { PlaygroundWorkbook } from '../../playground/workbook';
import { FakeSheet, type Scalar } from './fakes';

/**
 * A fake Excel sheet holding what the playground wrote to `name`: formulas as written, each
 * showing the value the playground's engine computes, since the fake does not calculate.
 */
export function fakeSheetOf(book: PlaygroundWorkbook, name: string): FakeSheet {
  const sheet = new FakeSheet(name);
  const formulas = formulasOf(book, name);
  book.values(name).forEach((line, r) => line.forEach((value, c) => {
    const input = formulas[r]?.[c];
    if (typeof input === 'string' && input.startsWith('=')) Object.assign(sheet.cell(r, c), { input, shown: value as Scalar });
    else if (value !== '' && value !== null) sheet.cell(r, c).input = value as Scalar;
  }));
  return sheet;
}

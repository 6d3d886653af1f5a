import { exactSum, sumsInProportion } from './arithmetic';
import { errors } from './messages';
import type { Numbers, WholeFunction } from './spec';
import { equalityMargin, type CellValue } from './values';

/** Successes per attempt over whole ranges, e.g. won deals per demo meeting. */
export function hitRate(successes: Numbers, attempts: Numbers): CellValue {
  if (successes.allBlank && attempts.allBlank) return '';
  for (const [arg, numbers] of [['successes', successes], ['attempts', attempts]] as const) {
    const negative = numbers.values.find((value) => value < 0);
    if (negative !== undefined) return errors.negative({ arg }, negative);
  }
  // Exact sums, scaled together where either would overflow: the ratio is the same.
  const [won, tried] = sumsInProportion(successes.values, attempts.values);
  if (tried === 0) return errors.noAttempts();
  if (won > tried + equalityMargin(tried)) {
    return errors.successesAboveAttempts(exactSum(successes.values), exactSum(attempts.values));
  }
  // Successes within the margin above the attempts are as many as them: a rate of 1, never more,
  // also where tiny attempts would make the ratio overflow.
  return Math.min(1, won / tried);
}

export const HITRATE: WholeFunction = {
  id: 'HITRATE',
  mode: 'whole',
  returns: 'value',
  help: {
    en: 'Hit rate: the successes as a fraction of the attempts (0.25 = 25%).',
    da: 'Hit rate: succeserne som brøkdel af forsøgene (0,25 = 25%).',
  },
  example: '={HITRATE}(B2:B13, C2:C13)',
  blanks: {
    en: 'Blank cells are ignored; both ranges wholly blank give a blank result.',
    da: 'Tomme celler ignoreres; er begge områder helt tomme, er resultatet tomt.',
  },
  params: [
    { kind: 'numbers', name: 'successes', help: { en: 'Successes, e.g. won deals; a value or a range.', da: 'Succeser, fx vundne aftaler; en værdi eller et område.' } },
    { kind: 'numbers', name: 'attempts', help: { en: 'Attempts, e.g. demo meetings held; a value or a range.', da: 'Forsøg, fx afholdte demo-møder; en værdi eller et område.' } },
  ],
  impl: hitRate,
};

import { kpiError, type ErrorCode, type KpiError } from '../errors';
import type { Localized } from '../i18n/lang';

/** Where a bad value stands: an argument, and in a range its 1-based row and column. */
export interface Place {
  readonly arg: string;
  readonly row?: number;
  readonly column?: number;
}

function placeText(place: Place): Localized {
  if (place.row === undefined) return { en: place.arg, da: place.arg };
  return {
    en: `${place.arg} (row ${place.row}, column ${place.column})`,
    da: `${place.arg} (række ${place.row}, kolonne ${place.column})`,
  };
}

function at(code: ErrorCode, place: Place, text: (where: string, lang: 'en' | 'da') => string): KpiError {
  const where = placeText(place);
  return kpiError(code, { en: `${where.en}: ${text(where.en, 'en')}`, da: `${where.da}: ${text(where.da, 'da')}` });
}

/** Every error text the functions produce, in English and Danish, in one table. */
export const errors = {
  notNumber: (place: Place, shown: string) =>
    at('#VALUE!', place, (_, lang) => (lang === 'en' ? `${shown} is not a number` : `${shown} er ikke et tal`)),
  notFinite: (place: Place, shown: string) =>
    at('#NUM!', place, (_, lang) => (lang === 'en' ? `${shown} is not a finite number` : `${shown} er ikke et endeligt tal`)),
  notWhole: (place: Place, value: number, min: number) =>
    at('#NUM!', place, (_, lang) =>
      lang === 'en' ? `${value} must be a whole number of at least ${min}` : `${value} skal være et helt tal på mindst ${min}`),
  tolerance: (place: Place, value: number) =>
    at('#NUM!', place, (_, lang) =>
      lang === 'en'
        ? `${value} must lie between 0 and 1: write 10% or 0.1`
        : `${value} skal ligge mellem 0 og 1: skriv 10% eller 0,1`),
  badOption: (place: Place, shown: string, choices: readonly string[]) =>
    at('#VALUE!', place, (_, lang) =>
      lang === 'en' ? `${shown} must be one of ${choices.join(', ')}` : `${shown} skal være en af ${choices.join(', ')}`),
  notSingle: (place: Place) =>
    at('#VALUE!', place, (_, lang) => (lang === 'en' ? 'must be a single value, not a range' : 'skal være én værdi, ikke et område')),
  badRange: (place: Place) =>
    at('#VALUE!', place, (_, lang) =>
      lang === 'en' ? 'must be a rectangular range of cells' : 'skal være et rektangulært område af celler'),
  notSeries: (place: Place) =>
    at('#VALUE!', place, (_, lang) =>
      lang === 'en' ? 'must be one row or one column, not a block' : 'skal være én række eller én kolonne, ikke en blok'),
  shapeMismatch: (place: Place, shape: string, expected: string, other: string) =>
    at('#VALUE!', place, (_, lang) =>
      lang === 'en'
        ? `a ${shape} range does not match the ${expected} range of ${other}`
        : `et ${shape}-område passer ikke til ${other}s ${expected}-område`),
  elapsed: (place: Place, value: number) =>
    at('#NUM!', place, (_, lang) =>
      lang === 'en'
        ? `${value} must lie above 0 and at most 1: the part of the period that has passed, e.g. 25% after March`
        : `${value} skal ligge over 0 og højst være 1: den del af perioden der er gået, fx 25% efter marts`),
  cap: (place: Place, value: number) =>
    at('#NUM!', place, (_, lang) => (lang === 'en' ? `${value} must be a number of at least 0` : `${value} skal være et tal på mindst 0`)),
  expectedZero: () =>
    kpiError('#DIV/0!', {
      en: 'target × elapsed is 0: pace is measured against a non-zero expected value',
      da: 'target × elapsed er 0: tempo måles mod en forventet værdi forskellig fra 0',
    }),
  weightsZero: () =>
    kpiError('#DIV/0!', { en: 'weights add up to 0', da: 'weights giver 0 tilsammen' }),
  negative: (place: Place, value: number) =>
    at('#NUM!', place, (_, lang) => (lang === 'en' ? `${value} is negative` : `${value} er negativt`)),
  successesAboveAttempts: (successes: number, attempts: number) =>
    kpiError('#NUM!', {
      en: `successes (${successes}) exceed attempts (${attempts})`,
      da: `successes (${successes}) er flere end attempts (${attempts})`,
    }),
  noAttempts: () =>
    kpiError('#DIV/0!', { en: 'attempts add up to 0', da: 'attempts giver 0 tilsammen' }),
  targetZero: () =>
    kpiError('#DIV/0!', {
      en: 'target is 0: attainment is measured against a non-zero target',
      da: 'target er 0: målopfyldelse måles mod et mål forskelligt fra 0',
    }),
  lastYearZero: (row: number, column: number) =>
    kpiError('#DIV/0!', {
      en: `values (row ${row}, column ${column}): the same period last year is 0`,
      da: `values (række ${row}, kolonne ${column}): samme periode sidste år er 0`,
    }),
  noUsableValue: () =>
    kpiError('#N/A', {
      en: 'values: no usable value (all blank or marked as one-off events)',
      da: 'values: ingen brugbar værdi (alle tomme eller markeret som engangshændelser)',
    }),
  /** An error value a host passed in a cell (Excel's #REF!, #NAME? and #NULL! have no code of ours: #VALUE!). */
  errorInCell: (code: string) =>
    kpiError((['#VALUE!', '#NUM!', '#DIV/0!', '#N/A'] as const).find((known) => known === code) ?? '#VALUE!', {
      en: `the cell holds the error ${code}`,
      da: `cellen indeholder fejlen ${code}`,
    }),
  notRepresentable: () =>
    kpiError('#NUM!', {
      en: 'the result is too large to show as a number',
      da: 'resultatet er for stort til at blive vist som et tal',
    }),
  tooFewForTrend: () =>
    kpiError('#N/A', {
      en: 'values: a trend needs at least 2 values',
      da: 'values: en trend kræver mindst 2 værdier',
    }),
};

import { isKpiError } from '../errors';
import { finiteOr, relativeChange } from './arithmetic';
import { errors } from './messages';
import { valuesParam } from './options';
import type { Series, WholeFunction } from './spec';
import type { CellValue } from './values';

/** Change against the same period last year, as a fraction of last year's size. */
export function yearOnYear(values: Series, periodsPerYear: number): CellValue[] {
  const { cells, shape } = values;
  return cells.map((now, i) => {
    if (isKpiError(now)) return now;
    if (i < periodsPerYear || now === null) return '';
    const before = cells[i - periodsPerYear];
    if (before === null) return '';
    if (isKpiError(before)) return before;
    if (before === 0) return errors.lastYearZero(shape.rows === 1 ? 1 : i + 1, shape.rows === 1 ? i + 1 : 1);
    return finiteOr(relativeChange(now, before));
  });
}

export const YOY: WholeFunction = {
  id: 'YOY',
  mode: 'whole',
  returns: 'series',
  help: {
    en: 'Change against the same period last year, for every period (spills): 0.05 = 5% up.',
    da: 'Ændring mod samme periode sidste år, for hver periode (spildes): 0,05 = 5% op.',
  },
  example: '={YOY}(B2:B25, 12)',
  blanks: {
    en: 'Blank cells keep their place: a blank this period or the same period a year earlier gives a blank, as does the first year.',
    da: 'Tomme celler beholder deres plads: en tom værdi i perioden eller i samme periode året før giver tomt, ligesom hele det første år.',
  },
  params: [
    valuesParam,
    {
      kind: 'number',
      name: 'periods_per_year',
      optional: true,
      defaultValue: 12,
      integer: true,
      min: 1,
      help: { en: 'Periods in a year: 12 for months (default), 4 for quarters, 52 for weeks.', da: 'Perioder pr. år: 12 for måneder (standard), 4 for kvartaler, 52 for uger.' },
    },
  ],
  impl: yearOnYear,
};

import { errors } from './messages';
import { excludeParam, methodParam, periodsParam, valuesParam, type Method } from './options';
import { firstBadCell, usableAt } from './series';
import type { Series, WholeFunction } from './spec';
import type { CellValue } from './values';
import { summarize } from './window';

/** The mean or median of the last `periods` usable values: the level progress is held against. */
export function baseline(values: Series, periods: number, method: Method, excluded?: readonly boolean[]): CellValue {
  const bad = firstBadCell(values);
  if (bad) return bad;
  const usable: number[] = [];
  for (let i = values.cells.length - 1; i >= 0 && usable.length < periods; i--) {
    const value = usableAt(values, excluded, i);
    if (value !== undefined) usable.push(value);
  }
  return usable.length === 0 ? errors.noUsableValue() : summarize(usable, method);
}

export const BASELINE: WholeFunction = {
  id: 'BASELINE',
  mode: 'whole',
  returns: 'value',
  help: {
    en: 'Baseline: the mean or median of the latest periods, leaving out one-off events.',
    da: 'Baseline: gennemsnit eller median af de seneste perioder, uden engangshændelser.',
  },
  example: '={BASELINE}(B2:B25, 12, "median", D2:D25)',
  blanks: {
    en: 'Blank cells are skipped; with no usable value left (all blank or one-off events) the result is #N/A.',
    da: 'Tomme celler springes over; er der ingen brugbar værdi tilbage (alle tomme eller engangshændelser), er resultatet #N/A.',
  },
  params: [valuesParam, periodsParam, methodParam, excludeParam],
  impl: baseline,
};

import { rollingMeanOverNumbers } from './fast';
import { excludeParam, methodParam, periodsParam, valuesParam, type Method } from './options';
import { usableAt } from './series';
import type { Series, WholeFunction } from './spec';
import type { CellValue } from './values';
import { slidingWindow } from './window';

/**
 * The baseline at every period, one pass: the window moves one usable value at a time. A cell
 * that holds no number shows its error at its own place and is left out of the windows.
 */
export function rolling(values: Series, periods: number, method: Method, excluded?: readonly boolean[]): CellValue[] {
  const usable = values.cells.map((_, i) => usableAt(values, excluded, i));
  const window = slidingWindow(method, usable.filter((value): value is number => value !== undefined));
  return values.cells.map((cell, i) => {
    if (usable[i] !== undefined) {
      window.push();
      if (window.size > periods) window.shift();
    }
    if (cell === null || typeof cell !== 'number') return cell ?? '';
    return window.size < periods ? '' : window.value();
  });
}

export const ROLLING: WholeFunction = {
  id: 'ROLLING',
  mode: 'whole',
  returns: 'series',
  help: {
    en: 'Rolling baseline for every period (spills): the mean or median of the latest periods up to it.',
    da: 'Rullende baseline for hver periode (spildes): gennemsnit eller median af de seneste perioder.',
  },
  example: '={ROLLING}(B2:B25, 12, , D2:D25)',
  blanks: {
    en: 'A blank cell stays blank in the result and is skipped by the windows; the result is blank until `periods` usable values exist up to its place.',
    da: 'En tom celle forbliver tom i resultatet og springes over i vinduerne; resultatet er tomt, indtil der er `periods` brugbare værdier frem til dets plads.',
  },
  params: [valuesParam, periodsParam, methodParam, excludeParam],
  impl: rolling,
  fast: (range, [, periods, method]) => (method === 'mean' ? rollingMeanOverNumbers(range, periods as number) : undefined),
};

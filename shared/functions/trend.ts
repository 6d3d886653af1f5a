import { exactMean, finiteOr, magnitude } from './arithmetic';
import { errors } from './messages';
import { valuesParam } from './options';
import { firstBadCell } from './series';
import type { Series, WholeFunction } from './spec';
import type { CellValue } from './values';

/** Least-squares slope per period of the last `periods` non-blank values against their position. */
export function trend(values: Series, periods?: number): CellValue {
  const bad = firstBadCell(values);
  if (bad) return bad;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = values.cells.length - 1; i >= 0 && xs.length < (periods ?? Infinity); i--) {
    const cell = values.cells[i];
    if (typeof cell === 'number') { xs.push(i); ys.push(cell); }
  }
  if (xs.length < 2) return errors.tooFewForTrend();
  const slope = leastSquaresSlope(xs, ys, 1);
  if (Number.isFinite(slope)) return slope;
  // Values near the largest double overflow their differences: fit them scaled, exactly by a power of two.
  const scale = magnitude(Math.max(...ys.map(Math.abs)));
  return finiteOr(leastSquaresSlope(xs, ys, scale) * scale);
}

/** The slope of ys / scale against xs, around exact means. */
function leastSquaresSlope(xs: readonly number[], ys: readonly number[], scale: number): number {
  const scaled = scale === 1 ? ys : ys.map((y) => y / scale);
  const meanX = exactMean(xs);
  const meanY = exactMean(scaled);
  let covariance = 0;
  let spread = 0;
  for (let k = 0; k < xs.length; k++) {
    covariance += (xs[k] - meanX) * (scaled[k] - meanY);
    spread += (xs[k] - meanX) ** 2;
  }
  return covariance / spread;
}

export const TREND: WholeFunction = {
  id: 'TREND',
  mode: 'whole',
  returns: 'value',
  help: {
    en: 'Trend: the least-squares change per period over the latest values.',
    da: 'Trend: ændringen pr. periode efter mindste kvadraters metode over de seneste værdier.',
  },
  example: '={TREND}(B2:B25, 6)',
  blanks: {
    en: 'Blank cells keep their place (the slope is per position in the range) and are left out of the fit; fewer than 2 values give #N/A, so do all-blank values.',
    da: 'Tomme celler beholder deres plads (hældningen er pr. position i området) og udelades af tilpasningen; færre end 2 værdier giver #N/A, det gør helt tomme værdier også.',
  },
  params: [
    valuesParam,
    {
      kind: 'number',
      name: 'periods',
      optional: true,
      integer: true,
      min: 2,
      help: { en: 'How many of the latest non-blank values to fit (default: all, at least 2).', da: 'Hvor mange af de seneste ikke-tomme værdier der indgår (standard: alle, mindst 2).' },
    },
  ],
  impl: trend,
};

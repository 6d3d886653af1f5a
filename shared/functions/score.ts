import { isKpiError } from '../errors';
import { finiteOr, magnitude } from './arithmetic';
import { errors } from './messages';
import { firstBadCell } from './series';
import type { Grid, WholeFunction } from './spec';
import type { CellValue } from './values';

/** Weighted sums of products, each factor scaled by a power of two (exact), so none overflows. */
function weightedMean(attainments: readonly number[], weights: readonly number[], scaleA: number, scaleW: number): number {
  let weighted = 0;
  let total = 0;
  for (let k = 0; k < weights.length; k++) {
    weighted += (weights[k] / scaleW) * (attainments[k] / scaleA);
    total += weights[k] / scaleW;
  }
  return (weighted / total) * scaleA;
}

/**
 * The weighted KPI score behind a rating: the mean of the attainments, each floored at 0 and
 * capped at `cap`, weighted by their weights (which need not add up to 1 or 100).
 */
export function score(attainments: Grid, weights: Grid, cap?: number): CellValue {
  const bad = firstBadCell(attainments) ?? firstBadCell(weights);
  if (bad) return bad;
  const kept: number[] = [];
  const keptWeights: number[] = [];
  for (const [k, weight] of weights.cells.entries()) {
    const value = attainments.cells[k];
    if (isKpiError(value) || isKpiError(weight)) continue;
    if (weight !== null && weight < 0) {
      const { columns } = weights.shape;
      return errors.negative({ arg: 'weights', row: Math.floor(k / columns) + 1, column: (k % columns) + 1 }, weight);
    }
    if (value === null || weight === null) continue;
    kept.push(Math.min(Math.max(value, 0), cap ?? Infinity));
    keptWeights.push(weight);
  }
  if (kept.length === 0) return '';
  if (keptWeights.every((weight) => weight === 0)) return errors.weightsZero();
  const plain = weightedMean(kept, keptWeights, 1, 1);
  if (Number.isFinite(plain)) return plain;
  return finiteOr(weightedMean(kept, keptWeights, magnitude(Math.max(...kept)), magnitude(Math.max(...keptWeights))));
}

export const SCORE: WholeFunction = {
  id: 'SCORE',
  mode: 'whole',
  returns: 'value',
  help: {
    en: 'Score: the weighted mean of KPI attainments, the result behind a rating (1 = all on target).',
    da: 'Score: det vægtede gennemsnit af KPI-målopfyldelser, resultatet bag en vurdering (1 = alle på mål).',
  },
  example: '={SCORE}(C2:C6, D2:D6, 1.2)',
  blanks: {
    en: 'A pair with a blank attainment or weight is left out; no pair left gives a blank result.',
    da: 'Et par med en tom målopfyldelse eller vægt udelades; er der intet par tilbage, er resultatet tomt.',
  },
  params: [
    { kind: 'grid', name: 'attainments', help: { en: 'Attainments, e.g. from ATTAINMENT; a value or a range.', da: 'Målopfyldelser, fx fra ATTAINMENT; en værdi eller et område.' } },
    {
      kind: 'grid',
      name: 'weights',
      shapeOf: 'attainments',
      help: { en: 'A weight (0 or more) beside each attainment; they need not add up to 1 or 100.', da: 'En vægt (0 eller mere) ud for hver målopfyldelse; de behøver ikke give 1 eller 100.' },
    },
    {
      kind: 'number',
      name: 'cap',
      optional: true,
      min: 0,
      outOfBounds: errors.cap,
      help: { en: 'Optional. No attainment counts above this, e.g. 1.2 (default: no cap).', da: 'Valgfri. Ingen målopfyldelse tæller over dette, fx 1,2 (standard: intet loft).' },
    },
  ],
  impl: score,
};

import { attainment } from './attainment';
import { errors } from './messages';
import { directionParam, type Direction } from './options';
import type { ElementwiseFunction } from './spec';
import type { CellValue } from './values';

/**
 * Whether a cumulative KPI is on track for the part of the period that has passed: attainment of
 * the actual so far against the target times the part elapsed (1 = on pace, 1.1 = 10 % ahead).
 */
export function pace(actualToDate: number, target: number, elapsed: number, direction: Direction): CellValue {
  const expected = target * elapsed;
  return expected === 0 ? errors.expectedZero() : attainment(actualToDate, expected, direction);
}

export const PACE: ElementwiseFunction = {
  id: 'PACE',
  mode: 'elementwise',
  help: {
    en: 'Pace: is a cumulative KPI on track for the part of the period that has passed? 1 = on pace, 1.1 = 10% ahead.',
    da: 'Tempo: er et akkumuleret KPI på sporet for den del af perioden der er gået? 1 = i tempo, 1,1 = 10% foran.',
  },
  example: '={PACE}(400000, 1200000, 25%)',
  blanks: {
    en: 'A blank actual_to_date, target or elapsed gives a blank result.',
    da: 'Et tomt actual_to_date, target eller elapsed giver et tomt resultat.',
  },
  params: [
    { kind: 'number', name: 'actual_to_date', help: { en: 'The cumulative value so far, e.g. sales to date.', da: 'Den akkumulerede værdi indtil nu, fx salg til dato.' } },
    { kind: 'number', name: 'target', help: { en: 'The target for the whole period (not 0).', da: 'Målet for hele perioden (ikke 0).' } },
    {
      kind: 'number',
      name: 'elapsed',
      // Above 0: the smallest positive double is the least value allowed.
      min: Number.MIN_VALUE,
      max: 1,
      outOfBounds: errors.elapsed,
      help: {
        en: 'The part of the period that has passed, above 0 and at most 1 (25% after March).',
        da: 'Den del af perioden der er gået, over 0 og højst 1 (25% efter marts).',
      },
    },
    directionParam,
  ],
  impl: pace,
};

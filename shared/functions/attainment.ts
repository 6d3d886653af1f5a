import { finiteOr, relativeChange } from './arithmetic';
import { errors } from './messages';
import { directionParam, type Direction } from './options';
import type { ElementwiseFunction } from './spec';
import type { CellValue } from './values';

/**
 * 1 on target, 1.2 for 20 % better, 0.8 for 20 % short, relative to the target's size; with
 * `target` as the direction, 0.9 for 10 % off either way.
 */
export function attainment(actual: number, target: number, direction: Direction): CellValue {
  if (target === 0) return errors.targetZero();
  const change = relativeChange(actual, target);
  if (direction === 'higher') return finiteOr(1 + change);
  return finiteOr(direction === 'lower' ? 1 - change : 1 - Math.abs(change));
}

export const ATTAINMENT: ElementwiseFunction = {
  id: 'ATTAINMENT',
  mode: 'elementwise',
  help: {
    en: 'How far the actual reaches its target: 1 = on target, 1.2 = 20% better.',
    da: 'Hvor langt det faktiske tal når målet: 1 = på mål, 1,2 = 20% bedre.',
  },
  example: '={ATTAINMENT}(110, 100)',
  blanks: {
    en: 'A blank actual or target gives a blank result; a blank direction means higher.',
    da: 'Et tomt faktisk tal eller mål giver et tomt resultat; en tom retning betyder højere.',
  },
  params: [
    { kind: 'number', name: 'actual', help: { en: 'The measured value.', da: 'Den målte værdi.' } },
    { kind: 'number', name: 'target', help: { en: 'The agreed target (not 0).', da: 'Det aftalte mål (ikke 0).' } },
    directionParam,
  ],
  impl: attainment,
};

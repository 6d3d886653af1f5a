import { errors } from './messages';
import { directionParam, type Direction } from './options';
import type { ElementwiseFunction } from './spec';
import { equalityMargin } from './values';

export type RagStatus = 'Green' | 'Amber' | 'Red';

/** Green on target, Amber within the tolerance band short of it, Red beyond. */
export function ragStatus(actual: number, target: number, tolerance: number, direction: Direction): RagStatus {
  const margin = equalityMargin(target);
  const shortfall = direction === 'higher' ? target - actual : actual - target;
  if (shortfall <= margin) return 'Green';
  return shortfall <= tolerance * Math.abs(target) + margin ? 'Amber' : 'Red';
}

export const RAG: ElementwiseFunction = {
  id: 'RAG',
  mode: 'elementwise',
  help: {
    en: 'Red/Amber/Green status of an actual against its target.',
    da: 'Rød/gul/grøn status for et faktisk tal mod dets mål.',
  },
  example: '={RAG}(95, 100)',
  params: [
    { kind: 'number', name: 'actual', help: { en: 'The measured value.', da: 'Den målte værdi.' } },
    { kind: 'number', name: 'target', help: { en: 'The agreed target.', da: 'Det aftalte mål.' } },
    {
      kind: 'number',
      name: 'tolerance',
      optional: true,
      defaultValue: 0.1,
      min: 0,
      max: 1,
      outOfBounds: errors.tolerance,
      help: {
        en: 'The amber band as a fraction of the target, from 0 to 1 (default 10%).',
        da: 'Det gule bånd som brøkdel af målet, fra 0 til 1 (standard 10%).',
      },
    },
    directionParam,
  ],
  impl: ragStatus,
};

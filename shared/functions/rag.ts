import type { Lang } from '../i18n/lang';
import { errors } from './messages';
import { directionParam, type Direction } from './options';
import type { ElementwiseFunction, OptionParam } from './spec';
import { equalityMargin } from './values';

export type RagStatus = 'Green' | 'Amber' | 'Red';

/**
 * The words RAG writes. English unless the call asks for Danish: workbooks compare with the
 * English words, so they never change by themselves.
 */
export const RAG_WORDS: Readonly<Record<Lang, Readonly<Record<RagStatus, string>>>> = {
  en: { Green: 'Green', Amber: 'Amber', Red: 'Red' },
  da: { Green: 'Grøn', Amber: 'Gul', Red: 'Rød' },
};

/**
 * Green on target, Amber within the tolerance band short of it, Red beyond. With `target` as the
 * direction, the distance either way counts: Green within the band, Amber within twice it.
 */
export function ragStatus(actual: number, target: number, tolerance: number, direction: Direction): RagStatus {
  const margin = equalityMargin(target);
  const band = tolerance * Math.abs(target);
  if (direction === 'target') {
    const distance = Math.abs(actual - target);
    if (distance <= band + margin) return 'Green';
    return distance <= 2 * band + margin ? 'Amber' : 'Red';
  }
  const shortfall = direction === 'higher' ? target - actual : actual - target;
  if (shortfall <= margin) return 'Green';
  return shortfall <= band + margin ? 'Amber' : 'Red';
}

/**
 * A template's status formula: RAG of actual against target, the direction read from a cell, in
 * the sheet's language (a Danish sheet asks for Grøn / Gul / Rød; an English one passes nothing,
 * so its formula is the plain four-argument call).
 */
export function ragFormula(actual: string, target: string, direction: string, lang: Lang): string {
  return `={RAG}(${actual},${target},,${direction}${lang === 'en' ? '' : `,"${lang}"`})`;
}

export const languageParam: OptionParam = {
  kind: 'option',
  name: 'language',
  optional: true,
  defaultValue: 'en',
  choices: { en: 'en', english: 'en', engelsk: 'en', da: 'da', dansk: 'da', danish: 'da' },
  help: {
    en: 'The words of the status: blank or "en" for Green/Amber/Red, "da" for Grøn/Gul/Rød.',
    da: 'Statusordenes sprog: tomt eller "en" giver Green/Amber/Red, "da" giver Grøn/Gul/Rød.',
  },
};

export const RAG: ElementwiseFunction = {
  id: 'RAG',
  mode: 'elementwise',
  help: {
    en: 'Red/Amber/Green status of an actual against its target.',
    da: 'Rød/gul/grøn status for et faktisk tal mod dets mål.',
  },
  example: '={RAG}(95, 100)',
  blanks: {
    en: 'A blank actual or target gives a blank status; a blank tolerance, direction or language takes its default.',
    da: 'Et tomt faktisk tal eller mål giver en tom status; en tom tolerance, retning eller et tomt sprog giver standardværdien.',
  },
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
    languageParam,
  ],
  impl: (actual: number, target: number, tolerance: number, direction: Direction, language: Lang) =>
    RAG_WORDS[language][ragStatus(actual, target, tolerance, direction)],
};

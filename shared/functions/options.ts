import type { NumberParam, OptionParam, SeriesParam } from './spec';

/** Which way is better: more, less, or as close to the target as possible (a budget to hit). */
export type Direction = 'higher' | 'lower' | 'target';
export type Method = 'mean' | 'median';

/** Parameters several functions share, declared once. */
export const directionParam: OptionParam = {
  kind: 'option',
  name: 'direction',
  optional: true,
  defaultValue: 'higher',
  choices: { higher: 'higher', lower: 'lower', target: 'target', højere: 'higher', lavere: 'lower', mål: 'target' },
  help: {
    en: '"higher" (default) when more is better, "lower" when less is better (e.g. response time), "target" when closer is better (e.g. a budget).',
    da: '"højere" (standard) når mere er bedre, "lavere" når mindre er bedre (fx svartid), "mål" når tættere på er bedre (fx et budget).',
  },
};

export const methodParam: OptionParam = {
  kind: 'option',
  name: 'method',
  optional: true,
  defaultValue: 'mean',
  choices: { mean: 'mean', median: 'median', gennemsnit: 'mean' },
  help: {
    en: '"mean" (default) or "median"; the median ignores a single extreme month.',
    da: '"gennemsnit" (standard) eller "median"; medianen ser bort fra en enkelt ekstrem måned.',
  },
};

export const valuesParam: SeriesParam = {
  kind: 'series',
  name: 'values',
  help: {
    en: 'One row or one column of values, oldest first.',
    da: 'Én række eller én kolonne af værdier, ældste først.',
  },
};

export const periodsParam: NumberParam = {
  kind: 'number',
  name: 'periods',
  optional: true,
  defaultValue: 12,
  integer: true,
  min: 1,
  help: {
    en: 'How many of the latest usable periods make the baseline (default 12).',
    da: 'Hvor mange af de seneste brugbare perioder baselinen bygger på (standard 12).',
  },
};

export const excludeParam = {
  kind: 'flags',
  name: 'exclude',
  optional: true,
  shapeOf: 'values',
  help: {
    en: 'Beside values: a mark (e.g. "Black Friday" or TRUE) leaves that period out as a one-off event.',
    da: 'Ud for values: en markering (fx "Black Friday" eller SAND) udelader perioden som engangshændelse.',
  },
} as const;

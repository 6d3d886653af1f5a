import type { Localized } from '../i18n/lang';

/**
 * The columns of the KPI agreement table (README, "Validator rules", names the ones it asks for). The template
 * writes `header`; the validator reads any of `header` and `aliases` in either language.
 */
export type ColumnKey =
  | 'kpi' | 'definition' | 'type' | 'focus' | 'kind' | 'scope' | 'direction' | 'source' | 'owner'
  | 'cadence' | 'baseline' | 'baselinePeriod' | 'target' | 'deadline' | 'influence' | 'link'
  | 'counter' | 'actual' | 'status';

/** A listed value: its canonical id, the label written in each language, and further spellings read. */
export interface ListedValue {
  readonly id: string;
  readonly label: Localized;
  readonly aliases?: readonly string[];
}

export interface ColumnSpec {
  readonly key: ColumnKey;
  readonly header: Localized;
  readonly aliases?: readonly string[];
  readonly values?: readonly ListedValue[];
  readonly content: 'text' | 'number' | 'percent' | 'date' | 'listed' | 'formula';
}

const v = (id: string, en: string, da: string, aliases: string[] = []): ListedValue =>
  ({ id, label: { en, da }, aliases });

export const TYPE_VALUES = [v('leading', 'Leading', 'Leading', ['førende']), v('lagging', 'Lagging', 'Lagging', ['bagudskuende'])];
export const FOCUS_VALUES = [v('outcome', 'Outcome', 'Outcome'), v('output', 'Output', 'Output')];
export const KIND_VALUES = [v('quantity', 'Quantity', 'Kvantitet'), v('quality', 'Quality', 'Kvalitet')];
export const SCOPE_VALUES = [v('individual', 'Individual', 'Individ', ['individuel']), v('team', 'Team', 'Team')];
export const DIRECTION_VALUES = [v('higher', 'Higher', 'Højere'), v('lower', 'Lower', 'Lavere')];
export const CADENCE_VALUES = [
  v('daily', 'Daily', 'Dagligt'),
  v('weekly', 'Weekly', 'Ugentligt'),
  v('monthly', 'Monthly', 'Månedligt'),
  v('quarterly', 'Quarterly', 'Kvartalsvist'),
  v('yearly', 'Yearly', 'Årligt'),
];

/** In table order: the template writes the columns in this order. */
export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'kpi', header: { en: 'KPI', da: 'KPI' }, content: 'text' },
  { key: 'definition', header: { en: 'Definition', da: 'Definition' }, content: 'text' },
  { key: 'type', header: { en: 'Type', da: 'Type' }, values: TYPE_VALUES, content: 'listed' },
  { key: 'focus', header: { en: 'Focus', da: 'Fokus' }, values: FOCUS_VALUES, content: 'listed' },
  { key: 'kind', header: { en: 'Kind', da: 'Art' }, values: KIND_VALUES, content: 'listed' },
  { key: 'scope', header: { en: 'Scope', da: 'Niveau' }, values: SCOPE_VALUES, content: 'listed' },
  { key: 'direction', header: { en: 'Direction', da: 'Retning' }, values: DIRECTION_VALUES, content: 'listed' },
  { key: 'source', header: { en: 'Data source', da: 'Datakilde' }, content: 'text' },
  { key: 'owner', header: { en: 'Owner', da: 'Ejer' }, content: 'text' },
  { key: 'cadence', header: { en: 'Cadence', da: 'Frekvens' }, values: CADENCE_VALUES, content: 'listed' },
  { key: 'baseline', header: { en: 'Baseline', da: 'Baseline' }, content: 'number' },
  { key: 'baselinePeriod', header: { en: 'Baseline period', da: 'Baselineperiode' }, content: 'text' },
  { key: 'target', header: { en: 'Target', da: 'Mål' }, content: 'number' },
  { key: 'deadline', header: { en: 'Deadline', da: 'Deadline' }, content: 'date' },
  { key: 'influence', header: { en: 'Influence (%)', da: 'Indflydelse (%)' }, content: 'percent' },
  { key: 'link', header: { en: 'Strategic link', da: 'Strategisk kobling' }, content: 'text' },
  { key: 'counter', header: { en: 'Counter-KPI', da: 'Counter-KPI' }, content: 'text' },
  { key: 'actual', header: { en: 'Actual', da: 'Faktisk' }, content: 'number' },
  { key: 'status', header: { en: 'Status', da: 'Status' }, content: 'formula' },
];

export function column(key: ColumnKey): ColumnSpec {
  const spec = COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`unknown column ${key}`);
  return spec;
}

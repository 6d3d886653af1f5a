import type { Localized } from '../i18n/lang';

/**
 * The columns of the KPI agreement table (README, "Validator rules", names the ones it asks for). The template
 * writes `header`; the validator reads any of `header` and `aliases` in either language.
 */
export type ColumnKey = TableColumnKey | OptionalColumnKey;

/** The columns the review template writes. */
export type TableColumnKey =
  | 'kpi' | 'definition' | 'type' | 'focus' | 'kind' | 'scope' | 'direction' | 'source' | 'owner'
  | 'cadence' | 'baseline' | 'baselinePeriod' | 'target' | 'deadline' | 'influence' | 'link'
  | 'counter' | 'actual' | 'status';

/** Columns the validator reads when a sheet has them, and a template may write. */
export type OptionalColumnKey = 'weight' | 'trigger' | 'pilot' | 'impact';

/** A listed value: its canonical id, the label written in each language, and further spellings read. */
export interface ListedValue {
  readonly id: string;
  readonly label: Localized;
  readonly aliases?: readonly string[];
}

export interface ColumnSpec<K extends ColumnKey = ColumnKey> {
  readonly key: K;
  readonly header: Localized;
  /** Further header spellings people type, in either language (compared as headers are). */
  readonly aliases?: readonly string[];
  /** The values a template offers in its dropdown. */
  readonly values?: readonly ListedValue[];
  /**
   * Further values read as valid but not offered: a cadence between weekly and monthly that
   * people type.
   */
  readonly alsoRead?: readonly ListedValue[];
  readonly content: 'text' | 'number' | 'percent' | 'date' | 'listed' | 'formula';
}

const v = (id: string, en: string, da: string, aliases: string[] = []): ListedValue =>
  ({ id, label: { en, da }, aliases });

export const TYPE_VALUES = [
  v('leading', 'Leading', 'Leading', ['lead', 'leading indicator', 'leading kpi', 'førende', 'ledende']),
  v('lagging', 'Lagging', 'Lagging', ['lag', 'lagging indicator', 'lagging kpi', 'bagudskuende', 'resultat-kpi']),
];
export const FOCUS_VALUES = [
  v('outcome', 'Outcome', 'Outcome', ['effekt', 'resultat']),
  v('output', 'Output', 'Output', ['aktivitet']),
];
export const KIND_VALUES = [
  v('quantity', 'Quantity', 'Kvantitet', ['quantitative', 'volume', 'kvantitativ', 'mængde', 'volumen']),
  v('quality', 'Quality', 'Kvalitet', ['qualitative', 'kvalitativ']),
];
export const SCOPE_VALUES = [
  v('individual', 'Individual', 'Individuel', ['individ', 'personal', 'personlig', 'own', 'egen']),
  v('team', 'Team', 'Team', ['team-kpi', 'teamniveau', 'fælles']),
];
/** Higher or lower is better, or the target itself (closer is better: a budget, a staffing level). */
export const DIRECTION_VALUES = [
  v('higher', 'Higher', 'Højere', ['higher is better', 'up', 'increase', 'højere er bedre', 'op', 'større er bedre']),
  v('lower', 'Lower', 'Lavere', ['lower is better', 'down', 'decrease', 'lavere er bedre', 'ned', 'mindre er bedre']),
  v('target', 'Target', 'Mål', ['on target', 'closest to target', 'closer is better', 'hit the target', 'tættest på mål', 'tættere er bedre', 'præcis', 'målværdi']),
];
export const CADENCE_VALUES = [
  v('daily', 'Daily', 'Dagligt', ['daglig', 'every day', 'hver dag']),
  v('weekly', 'Weekly', 'Ugentligt', ['ugentlig', 'every week', 'hver uge']),
  v('monthly', 'Monthly', 'Månedligt', ['månedlig', 'every month', 'hver måned']),
  v('quarterly', 'Quarterly', 'Kvartalsvist', ['kvartalsvis', 'every quarter', 'hvert kvartal']),
  v('yearly', 'Yearly', 'Årligt', ['årlig', 'annually', 'annual', 'every year', 'hvert år', 'aarligt']),
];
/** Between weekly and monthly. */
export const BIWEEKLY_CADENCE = v('biweekly', 'Bi-weekly', 'Hver 14. dag', ['biweekly', 'fortnightly', 'every two weeks', 'every other week', 'hver anden uge', '14-dages', '14 dage']);
/** Blank is no: a pilot KPI is the exception a row is marked for. */
export const PILOT_VALUES = [v('yes', 'Yes', 'Ja', ['y', 'x', 'pilot', 'true', 'sand', 'j']), v('no', 'No', 'Nej', ['n', 'false', 'falsk'])];
export const IMPACT_VALUES = [
  v('high', 'High', 'Høj', ['h', 'stor', 'large', 'big']),
  v('medium', 'Medium', 'Mellem', ['m', 'middel', 'moderate', 'moderat']),
  v('low', 'Low', 'Lav', ['l', 'lille', 'small']),
];

/** In table order: the template writes the columns in this order. */
export const COLUMNS: readonly ColumnSpec<TableColumnKey>[] = [
  { key: 'kpi', header: { en: 'KPI', da: 'KPI' }, aliases: ['KPI name', 'KPIs', 'Name of KPI', 'KPI-navn', 'KPI navn', 'Navn på KPI', 'Nøgletal'], content: 'text' },
  { key: 'definition', header: { en: 'Definition', da: 'Definition' }, aliases: ['Description', 'How it is measured', 'Beskrivelse', 'Sådan måles den', 'Sådan måles'], content: 'text' },
  { key: 'type', header: { en: 'Type', da: 'Type' }, aliases: ['Leading/Lagging', 'Leading / Lagging', 'Lead/Lag', 'KPI type', 'KPI-type'], values: TYPE_VALUES, content: 'listed' },
  { key: 'focus', header: { en: 'Focus', da: 'Fokus' }, aliases: ['Outcome/Output', 'Output/Outcome', 'Outcome / Output'], values: FOCUS_VALUES, content: 'listed' },
  { key: 'kind', header: { en: 'Kind', da: 'Art' }, aliases: ['Quantity/Quality', 'Quantity / Quality', 'Kvantitet/Kvalitet', 'Kvantitet / Kvalitet'], values: KIND_VALUES, content: 'listed' },
  { key: 'scope', header: { en: 'Scope', da: 'Niveau' }, aliases: ['Individual/Team', 'Team/Individual', 'Individ/Team', 'Team/Individ'], values: SCOPE_VALUES, content: 'listed' },
  { key: 'direction', header: { en: 'Direction', da: 'Retning' }, aliases: ['Better when', 'Good direction', 'Bedst når'], values: DIRECTION_VALUES, content: 'listed' },
  { key: 'source', header: { en: 'Data source', da: 'Datakilde' }, aliases: ['Source', 'Data-source', 'Kilde', 'Datakilder'], content: 'text' },
  { key: 'owner', header: { en: 'Owner', da: 'Ejer' }, aliases: ['KPI owner', 'Responsible', 'Ansvarlig', 'KPI-ejer'], content: 'text' },
  { key: 'cadence', header: { en: 'Cadence', da: 'Frekvens' }, aliases: ['Frequency', 'Measurement frequency', 'Hyppighed', 'Målefrekvens'], values: CADENCE_VALUES, alsoRead: [BIWEEKLY_CADENCE], content: 'listed' },
  { key: 'baseline', header: { en: 'Baseline', da: 'Baseline' }, aliases: ['Starting point', 'Udgangspunkt', 'Nulpunkt', 'Startværdi'], content: 'number' },
  { key: 'baselinePeriod', header: { en: 'Baseline period', da: 'Baselineperiode' }, aliases: ['Baseline months', 'Baseline-periode', 'Periode for baseline'], content: 'text' },
  { key: 'target', header: { en: 'Target', da: 'Mål' }, aliases: ['Target value', 'Målværdi', 'Måltal'], content: 'number' },
  { key: 'deadline', header: { en: 'Deadline', da: 'Deadline' }, aliases: ['Due date', 'By when', 'Frist', 'Tidsfrist'], content: 'date' },
  { key: 'influence', header: { en: 'Influence (%)', da: 'Indflydelse (%)' }, aliases: ['Influence %', 'Own influence', 'Indflydelse %', 'Egen indflydelse'], content: 'percent' },
  { key: 'link', header: { en: 'Strategic link', da: 'Strategisk kobling' }, aliases: ['Strategy link', 'Link to strategy', 'Strategic theme', 'Kobling til strategi', 'Strategisk tema'], content: 'text' },
  { key: 'counter', header: { en: 'Counter-KPI', da: 'Counter-KPI' }, aliases: ['Counter KPI', 'Counter metric', 'Balancing KPI', 'Modvægt', 'Modvægts-KPI', 'Modsat KPI'], content: 'text' },
  { key: 'actual', header: { en: 'Actual', da: 'Faktisk' }, aliases: ['Actual value', 'Faktisk værdi'], content: 'number' },
  { key: 'status', header: { en: 'Status', da: 'Status' }, aliases: ['RAG', 'RAG status', 'RAG-status'], content: 'formula' },
];

/** Read when present; the review template chooses whether to write them. */
export const OPTIONAL_COLUMNS: readonly ColumnSpec<OptionalColumnKey>[] = [
  { key: 'weight', header: { en: 'Weight', da: 'Vægt' }, aliases: ['Weight %', 'Weighting', 'Vægt %', 'Vægtning'], content: 'percent' },
  { key: 'trigger', header: { en: 'Revisit if', da: 'Revurderes hvis' }, aliases: ['Trigger', 'If-then trigger', 'Revisit when', 'Revurder hvis', 'Revurderes når'], content: 'text' },
  { key: 'pilot', header: { en: 'Pilot', da: 'Pilot' }, aliases: ['Pilot KPI', 'Pilot-KPI'], values: PILOT_VALUES, content: 'listed' },
  { key: 'impact', header: { en: 'Impact', da: 'Effekt' }, aliases: ['Business impact', 'Forretningseffekt', 'Impact on business'], values: IMPACT_VALUES, content: 'listed' },
];

/** Every column the validator knows. */
export const KNOWN_COLUMNS: readonly ColumnSpec[] = [...COLUMNS, ...OPTIONAL_COLUMNS];

/** Every value a column reads as valid: those offered, then those also read. */
export function readValues(spec: ColumnSpec): readonly ListedValue[] {
  return [...(spec.values ?? []), ...(spec.alsoRead ?? [])];
}

export function column(key: ColumnKey): ColumnSpec {
  const spec = KNOWN_COLUMNS.find((c) => c.key === key);
  if (!spec) throw new Error(`unknown column ${key}`);
  return spec;
}

/**
 * What people type in a cell they mean to leave empty. Such a cell reads as blank, and a finding
 * about it names what was typed. Compared trimmed and case-insensitively, outer parentheses dropped.
 */
export const PLACEHOLDERS: readonly string[] = [
  'n/a', 'na', 'n.a.', 'n.a', '-', '--', '–', '—', '?', '??', '???', 'tbd', 'tbc', 'tba', 'todo', 'to do',
  'none', 'not used', 'not applicable', 'unknown', 'pending', 'nil', '...', '…',
  'ikke relevant', 'mangler', 'ingen', 'ikke brugt', 'ikke anvendt', 'ukendt', 'afventer', 'i.r.', 'ir', 'følger', 'kommer',
];

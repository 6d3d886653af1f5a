import { describe, expect, it } from 'vitest';
import { column, COLUMNS, type ColumnKey, type OptionalColumnKey, type TableColumnKey } from '../../shared/agreement/columns';
import { HEADER_FIELDS, SECTION_COLUMNS, SECTION_TITLES } from '../../shared/agreement/sections';
import type { Lang } from '../../shared/i18n/lang';
import { validateAgreement, type Finding, type RuleId } from '../../shared/index';

export type Grid = unknown[][];
type KpiValues = Record<TableColumnKey, unknown> & Partial<Record<OptionalColumnKey, unknown>>;

/** A sound agreement: every rule of the contract is satisfied (listed values are the English labels). */
export const SOUND_KPIS: readonly KpiValues[] = [
  {
    kpi: 'Booked demo meetings', definition: 'Demo meetings booked per month', type: 'Leading', focus: 'Output',
    kind: 'Quantity', scope: 'Individual', direction: 'Higher', source: 'CRM', owner: 'Anna Berg', cadence: 'Weekly',
    baseline: 20, baselinePeriod: 'Jan-Jun 2025', target: 25, deadline: '2026-06-30', influence: 0.9,
    link: 'Growth in new customers', counter: 'Hit rate', actual: 22, status: 'Amber',
  },
  {
    kpi: 'Hit rate', definition: 'Share of demo meetings that become deals', type: 'Lagging', focus: 'Outcome',
    kind: 'Quality', scope: 'Individual', direction: 'Higher', source: 'CRM', owner: 'Anna Berg', cadence: 'Monthly',
    baseline: 0.2, baselinePeriod: 'Jan-Jun 2025', target: 0.25, deadline: '2026-06-30', influence: 80,
    link: 'Growth in new customers', counter: '', actual: 0.22, status: 'Amber',
  },
  {
    kpi: 'New ARR', definition: 'Annual recurring revenue from new customers', type: 'Lagging', focus: 'Outcome',
    kind: 'Quantity', scope: 'Team', direction: 'Higher', source: 'ERP', owner: 'Sales team lead', cadence: 'Monthly',
    baseline: 4_000_000, baselinePeriod: '2025', target: 5_000_000, deadline: '2026-12-31', influence: 0.4,
    link: 'Revenue growth', counter: ' hit RATE ', actual: 4_200_000, status: 'Green',
  },
  {
    kpi: 'First reply time (hours)', definition: 'Median hours to the first reply on a case', type: 'Lagging',
    focus: 'Outcome', kind: 'Quality', scope: 'Individual', direction: 'Lower', source: 'Service desk',
    owner: 'Anna Berg', cadence: 'Daily', baseline: 8, baselinePeriod: 'Jan-Jun 2025', target: 6,
    deadline: '2026-06-30', influence: '75 %', link: 'Customer loyalty', counter: 'Booked demo meetings', actual: 7,
    status: 'Amber',
  },
];

const spec = column;

/** A listed value given by its English label, written in `lang`. */
function localizedValue(key: ColumnKey, value: unknown, lang: Lang): unknown {
  const listed = spec(key).values?.find((v) => v.label.en === value);
  return listed ? listed.label[lang] : value;
}

export function header(key: ColumnKey, lang: Lang = 'en'): string {
  return spec(key).header[lang];
}

/** The KPI table alone: header row, then one row per KPI, columns in template order unless `columns` says. */
export function kpiTable(
  lang: Lang = 'en',
  kpis: readonly KpiValues[] = SOUND_KPIS,
  columns: readonly ColumnKey[] = COLUMNS.map((c) => c.key),
): Grid {
  return [
    columns.map((key) => header(key, lang)),
    ...kpis.map((kpi) => columns.map((key) => localizedValue(key, kpi[key], lang))),
  ];
}

/** The sound table with one KPI's value changed (`index` counts KPI rows from 0). */
export function withKpiValue(index: number, key: ColumnKey, value: unknown, lang: Lang = 'en'): Grid {
  return kpiTable(lang, SOUND_KPIS.map((kpi, i) => (i === index ? { ...kpi, [key]: value } : kpi)));
}

/** The sound table with the same change on every KPI. */
export function withEveryKpi(change: Partial<KpiValues>, lang: Lang = 'en'): Grid {
  return kpiTable(lang, SOUND_KPIS.map((kpi) => ({ ...kpi, ...change })));
}

/** The sound table with further columns (Weight, Pilot, Impact, ...): one value per KPI, in order. */
export function withExtraColumns(extra: Partial<Record<OptionalColumnKey, readonly unknown[]>>, lang: Lang = 'en', kpis: readonly KpiValues[] = SOUND_KPIS): Grid {
  const keys = Object.keys(extra) as OptionalColumnKey[];
  const values = kpis.map((kpi, i) => ({ ...kpi, ...Object.fromEntries(keys.map((key) => [key, extra[key]?.[i] ?? ''])) }));
  return kpiTable(lang, values, [...COLUMNS.map((c) => c.key), ...keys]);
}

/** Where an extra column's cell stands in a grid made by `withExtraColumns`. */
export function extraCellOf(index: number, key: OptionalColumnKey, extra: readonly OptionalColumnKey[]): { row: number; column: number } {
  return { row: 1 + index, column: COLUMNS.length + extra.indexOf(key) };
}

export function withoutColumn(key: ColumnKey, lang: Lang = 'en'): Grid {
  return kpiTable(lang, SOUND_KPIS, COLUMNS.map((c) => c.key).filter((k) => k !== key));
}

/** Where a KPI's cell stands in a grid made by `kpiTable` with the template's column order. */
export function cellOf(index: number, key: ColumnKey, headerRow = 0): { row: number; column: number } {
  return { row: headerRow + 1 + index, column: COLUMNS.findIndex((c) => c.key === key) };
}

export const HEADER_POSITION = { row: 0, column: 0 };

export interface ReviewParts {
  readonly lang?: Lang;
  readonly framework?: string;
  readonly followUp?: string;
  readonly employee?: string;
  readonly table?: Grid;
  readonly development?: readonly (readonly unknown[])[];
  readonly wellbeing?: readonly (readonly unknown[])[];
  readonly nextSteps?: readonly (readonly unknown[])[];
}

export const SOUND_DEVELOPMENT = [
  ['Learn SQL for the sales reports', 'Online course', 'Course budget', '2026-03-31'],
  ['Run a demo workshop for new colleagues', 'Prepare material', 'Mentor: Peter', '2026-05-31'],
];
export const SOUND_WELLBEING = [['A sustainable workload', 'Monthly pulse survey', 'Monthly']];
export const SOUND_NEXT_STEPS = [
  ['Share the signed agreement', 'Peter Holm', '2026-01-16'],
  ['Book the monthly follow-ups', 'Anna Berg', '2026-01-20'],
];

/** A whole review sheet as the template lays it out: header block, KPI table and sections. */
export function reviewGrid(parts: ReviewParts = {}): Grid {
  const lang = parts.lang ?? 'en';
  const section = (key: keyof typeof SECTION_COLUMNS, entries: readonly (readonly unknown[])[]): Grid => [
    [SECTION_TITLES[key][lang]],
    SECTION_COLUMNS[key].map((label) => label[lang]),
    ...entries.map((entry) => [...entry]),
    [],
  ];
  return [
    ['KPI review'],
    [HEADER_FIELDS.employee[lang], parts.employee ?? 'Anna Berg'],
    [HEADER_FIELDS.manager[lang], 'Peter Holm'],
    [HEADER_FIELDS.period[lang], '2026'],
    [HEADER_FIELDS.reviewDate[lang], '2026-01-15'],
    [HEADER_FIELDS.framework[lang], parts.framework ?? 'SMART'],
    [HEADER_FIELDS.followUp[lang], parts.followUp ?? 'Monthly'],
    [],
    [SECTION_TITLES.agreement[lang]],
    ...(parts.table ?? kpiTable(lang)),
    [],
    ...section('development', parts.development ?? SOUND_DEVELOPMENT),
    ...section('wellbeing', parts.wellbeing ?? SOUND_WELLBEING),
    ...section('questions', [['Priorities', 'Which 2-3 KPIs matter most?', '']]),
    ...section('nextSteps', parts.nextSteps ?? SOUND_NEXT_STEPS),
    ...section('decisions', [['2026-01-15', 'Agreement signed', 'Both agree']]),
  ];
}

/** The row of the first cell in column A holding `text`. */
export function rowOf(grid: Grid, text: string): number {
  return grid.findIndex((row) => row[0] === text);
}

export function findingsOf(rule: RuleId, grid: Grid, lang: Lang = 'en'): Finding[] {
  return validateAgreement(grid, { lang }).filter((finding) => finding.rule === rule);
}

export interface ValidCase {
  readonly name: string;
  readonly grid: Grid;
  readonly lang?: Lang;
}

export interface InvalidCase extends ValidCase {
  /** The rule's findings, in order, matched on the fields given. */
  readonly expected: readonly Partial<Finding>[];
}

/** A rule's table of valid grids (no finding of it) and invalid grids (exactly the findings expected). */
export function ruleCases(rule: RuleId, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${rule}`, () => {
    it.each(cases.valid)('is silent: $name', ({ grid, lang }) => {
      expect(findingsOf(rule, grid, lang)).toEqual([]);
    });
    it.each(cases.invalid)('fires: $name', ({ grid, lang, expected }) => {
      const findings = findingsOf(rule, grid, lang);
      expect(findings).toHaveLength(expected.length);
      // Field by field, so an expected `row: undefined` demands a finding without a row.
      const picked = findings.map((finding, i) => pick(finding, Object.keys(expected[i] ?? {}) as (keyof Finding)[]));
      expect(picked).toEqual(expected);
      for (const finding of findings) expect(finding.message).toMatch(/\S/);
    });
  });
}

function pick(finding: Finding, keys: readonly (keyof Finding)[]): Partial<Finding> {
  return Object.fromEntries(keys.map((key) => [key, finding[key]]));
}

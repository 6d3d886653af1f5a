import { z } from 'zod';
import { KNOWN_COLUMNS, type ColumnKey } from './columns';
import { HEADER_FIELDS, SECTION_COLUMNS, type HeaderFieldKey, type SectionKey } from './sections';

/**
 * An agreement as the validator reads it back from a sheet. Every cell keeps its 0-based `row` and
 * `column` in the grid so a finding can point at it. `text` is the cell's trimmed text ('' when
 * blank); number and listed cells add the `value` read from it (null when blank or unreadable).
 */

const position = { row: z.number().int().nonnegative(), column: z.number().int().nonnegative() };

/** What was typed when the cell holds a placeholder ("n/a", "-", "mangler"): `text` is then ''. */
const placeholder = { placeholder: z.string().optional() };

export const TextCellSchema = z.object({ ...position, text: z.string(), ...placeholder });
export const NumberCellSchema = z.object({ ...position, text: z.string(), value: z.number().nullable(), ...placeholder });

/** Listed value ids by column; the test suite checks them against COLUMNS so they cannot drift. */
export const LISTED_IDS = {
  type: ['leading', 'lagging'],
  focus: ['outcome', 'output'],
  kind: ['quantity', 'quality'],
  scope: ['individual', 'team'],
  direction: ['higher', 'lower', 'target'],
  cadence: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'biweekly'],
  pilot: ['yes', 'no'],
  impact: ['high', 'medium', 'low'],
} as const;

const listedCell = <const Ids extends readonly [string, ...string[]]>(ids: Ids) =>
  z.object({ ...position, text: z.string(), value: z.enum(ids).nullable(), ...placeholder });

export const KpiRowSchema = z.object({
  /** The row's index in the grid. */
  row: z.number().int().nonnegative(),
  /** '' on a row without a name that still holds a definition, target, owner or data source. */
  kpi: TextCellSchema,
  definition: TextCellSchema.optional(),
  type: listedCell(LISTED_IDS.type).optional(),
  focus: listedCell(LISTED_IDS.focus).optional(),
  kind: listedCell(LISTED_IDS.kind).optional(),
  scope: listedCell(LISTED_IDS.scope).optional(),
  direction: listedCell(LISTED_IDS.direction).optional(),
  source: TextCellSchema.optional(),
  owner: TextCellSchema.optional(),
  cadence: listedCell(LISTED_IDS.cadence).optional(),
  baseline: NumberCellSchema.optional(),
  baselinePeriod: TextCellSchema.optional(),
  target: NumberCellSchema.optional(),
  deadline: TextCellSchema.optional(),
  /** Always a fraction: a cell's 70, "70 %" and 0.7 all read as 0.7. */
  influence: NumberCellSchema.optional(),
  link: TextCellSchema.optional(),
  counter: TextCellSchema.optional(),
  actual: NumberCellSchema.optional(),
  /** The value the status formula shows. */
  status: TextCellSchema.optional(),
  /** A fraction, read as influence is. */
  weight: NumberCellSchema.optional(),
  trigger: TextCellSchema.optional(),
  pilot: listedCell(LISTED_IDS.pilot).optional(),
  impact: listedCell(LISTED_IDS.impact).optional(),
});

const COLUMN_KEYS = KNOWN_COLUMNS.map((spec) => spec.key) as [ColumnKey, ...ColumnKey[]];

export const KpiTableSchema = z.object({
  headerRow: z.number().int().nonnegative(),
  /** The column of each header found; a key is missing when its column is absent. */
  columns: z.partialRecord(z.enum(COLUMN_KEYS), z.number().int().nonnegative()),
  rows: z.array(KpiRowSchema),
});

type ReviewSectionKey = Exclude<SectionKey, 'agreement'>;
const REVIEW_SECTION_KEYS = Object.keys(SECTION_COLUMNS) as [ReviewSectionKey, ...ReviewSectionKey[]];
const HEADER_FIELD_KEYS = Object.keys(HEADER_FIELDS) as [HeaderFieldKey, ...HeaderFieldKey[]];

export const SectionEntrySchema = z.object({
  row: z.number().int().nonnegative(),
  /** One cell per column of SECTION_COLUMNS[section], in that order. */
  cells: z.array(TextCellSchema),
});

export const SectionSchema = z.object({
  /** Row and column of the section's title cell. */
  ...position,
  headerRow: z.number().int().nonnegative().nullable(),
  entries: z.array(SectionEntrySchema),
});

export const ReviewSchema = z.object({
  /** The header block's value cells (column B), by field; a field is missing when its label is. */
  header: z.partialRecord(z.enum(HEADER_FIELD_KEYS), TextCellSchema),
  /** Sections found by their titles; a section is missing when its title is. */
  sections: z.partialRecord(z.enum(REVIEW_SECTION_KEYS), SectionSchema),
});

export const AgreementSchema = z.object({
  table: KpiTableSchema.nullable(),
  review: ReviewSchema,
});

export type TextCell = z.infer<typeof TextCellSchema>;
export type NumberCell = z.infer<typeof NumberCellSchema>;
export type ListedId<K extends keyof typeof LISTED_IDS> = (typeof LISTED_IDS)[K][number];
export type KpiRow = z.infer<typeof KpiRowSchema>;
export type KpiTable = z.infer<typeof KpiTableSchema>;
export type SectionEntry = z.infer<typeof SectionEntrySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type { ReviewSectionKey };

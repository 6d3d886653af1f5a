import { column, type ColumnSpec, type OptionalColumnKey } from '../agreement/columns';

/**
 * Columns the review writes after the agreement's own: the guide's pilot KPI ("to tie learning to
 * data" on a new initiative, without consequences; blank is No), the impact half of its Business
 * Impact × Control matrix (the control half is the Influence column), each KPI's weight in the
 * score, and its if-then trigger ("define beforehand when a KPI is to be revisited"). Headers and
 * values are the reader's, so what the template writes is what the validator reads.
 */
export type ExtraColumnKey = OptionalColumnKey;

/** In sheet order, right of the agreement's columns. */
export const EXTRA_COLUMNS: readonly ColumnSpec<ExtraColumnKey>[] =
  (['pilot', 'impact', 'weight', 'trigger'] as const).map((key) => column(key) as ColumnSpec<ExtraColumnKey>);

import { column, type ColumnSpec } from '../agreement/columns';

/**
 * Two columns the review writes after the agreement's own: the guide's pilot KPI ("to tie learning
 * to data" on a new initiative, without consequences; blank is No) and the impact half of its
 * Business Impact × Control matrix, whose control half is the Influence column. Headers and values
 * are the reader's, so what the template writes is what the validator reads.
 */
export type PilotImpactKey = 'pilot' | 'impact';

/** In sheet order, right of the agreement's columns. */
export const PILOT_IMPACT_COLUMNS = (['pilot', 'impact'] as const).map((key) => column(key) as ColumnSpec<PilotImpactKey> & { values: NonNullable<ColumnSpec['values']> });

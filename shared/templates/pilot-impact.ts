import type { Localized } from '../i18n/lang';
import type { ListedValue } from '../agreement/columns';
import { YES_NO_VALUES } from './answers';

/**
 * Two columns the review writes after the agreement's own: the guide's pilot KPI ("to tie learning
 * to data" on a new initiative, without consequences; blank is No) and the impact half of its
 * Business Impact × Control matrix, whose control half is the Influence column.
 */
export type PilotImpactKey = 'pilot' | 'impact';

export interface PilotImpactColumn {
  readonly key: PilotImpactKey;
  readonly header: Localized;
  readonly values: readonly ListedValue[];
}

export const IMPACT_VALUES: readonly ListedValue[] = [
  { id: 'high', label: { en: 'High', da: 'Høj' } },
  { id: 'medium', label: { en: 'Medium', da: 'Mellem' } },
  { id: 'low', label: { en: 'Low', da: 'Lav' } },
];

/** In sheet order, right of the agreement's columns. */
export const PILOT_IMPACT_COLUMNS: readonly PilotImpactColumn[] = [
  { key: 'pilot', header: { en: 'Pilot', da: 'Pilot' }, values: YES_NO_VALUES },
  { key: 'impact', header: { en: 'Impact', da: 'Effekt' }, values: IMPACT_VALUES },
];

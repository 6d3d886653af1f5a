import { at, eachRow, isListed, kpiParams, listedLabel, named, type KpiParams } from '../kpi-checks';
import { defineRule, type RuleHit } from '../rule';
import type { ListedId } from '../../agreement/schema';

type Cadence = ListedId<'cadence'>;
/** Why a cadence is noted: a Leading KPI followed too slowly, yearly at all, or quarterly. */
type Reason = 'leading' | 'leadingBiweekly' | 'yearly' | 'quarterly';

/** The guide: leading KPIs are followed weekly or daily, so there is time to correct course. */
const SLOW_FOR_LEADING: readonly Cadence[] = ['monthly', 'quarterly', 'yearly'];

interface Params extends KpiParams {
  readonly cadence: Cadence;
  readonly reason: Reason;
}

function reasonOf(leading: boolean, cadence: Cadence): Reason | undefined {
  if (leading && SLOW_FOR_LEADING.includes(cadence)) return 'leading';
  if (cadence === 'yearly') return 'yearly';
  if (leading && cadence === 'biweekly') return 'leadingBiweekly';
  if (cadence === 'quarterly') return 'quarterly';
  return undefined;
}

const label = (p: Params, lang: 'en' | 'da') => listedLabel('cadence', p.cadence, lang).toLowerCase();

export const cadence = defineRule<Params>({
  id: 'cadence',
  severity: ({ reason }) => (reason === 'leading' || reason === 'yearly' ? 'warning' : 'info'),
  severities: ['warning', 'info'],
  description: {
    en: 'Leading KPIs are followed weekly or daily, and no KPI is measured only yearly; a KPI reported quarterly can still be measured every month.',
    da: 'Leading-KPI’er følges ugentligt eller dagligt, og ingen KPI måles kun årligt; en KPI, der rapporteres kvartalsvist, skal kunne måles hver måned.',
  },
  messages: {
    en: (p) => {
      switch (p.reason) {
        case 'leading':
          return `${named.en(p)} is a Leading KPI measured ${label(p, 'en')}: follow leading KPIs weekly or daily, so you can correct course in time.`;
        case 'leadingBiweekly':
          return `${named.en(p)} is a Leading KPI measured ${label(p, 'en')}: leading KPIs are best followed weekly or daily.`;
        case 'yearly':
          return `${named.en(p)} is measured yearly: that is too rare to steer by; measure it monthly or quarterly.`;
        case 'quarterly':
          return `${named.en(p)} is measured quarterly: fine to report each quarter, but make sure it can be measured every month.`;
      }
    },
    da: (p) => {
      switch (p.reason) {
        case 'leading':
          return `${named.da(p)} er en leading-KPI, der måles ${label(p, 'da')}: følg leading-KPI’er ugentligt eller dagligt, så I kan nå at rette kursen.`;
        case 'leadingBiweekly':
          return `${named.da(p)} er en leading-KPI, der måles ${label(p, 'da')}: leading-KPI’er følges bedst ugentligt eller dagligt.`;
        case 'yearly':
          return `${named.da(p)} måles årligt: det er for sjældent at styre efter; mål den månedligt eller kvartalsvist.`;
        case 'quarterly':
          return `${named.da(p)} måles kvartalsvist: den må gerne rapporteres hvert kvartal, men sørg for, at den kan måles hver måned.`;
      }
    },
  },
  check: (agreement) =>
    eachRow(agreement, ['cadence'], (row): RuleHit<Params> | undefined => {
      const value = row.cadence?.value;
      const reason = value ? reasonOf(isListed(row, 'type', 'leading'), value) : undefined;
      return row.cadence && value && reason ? { at: at(row.cadence), params: { ...kpiParams(row), cadence: value, reason } } : undefined;
    }),
});

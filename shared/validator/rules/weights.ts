import type { KpiRow } from '../../agreement/schema';
import { at, EPSILON, eachRow, headerPosition, isPilot, kpiParams, named, percentText, quote, typedNote, type KpiParams } from '../kpi-checks';
import { defineRule, type RuleHit } from '../rule';

/** How far the weights may add up from 100 % (the contract's 0.001). */
const SUM_TOLERANCE = 0.001;

type Problem = 'blank' | 'text' | 'negative';
type Params = (KpiParams & { readonly problem: Problem; readonly text: string }) | { readonly sum: number };

/** What is wrong with a row's weight, if anything. A pilot KPI may carry none: it has no consequences. */
function problemOf(row: KpiRow): Problem | undefined {
  const cell = row.weight;
  if (!cell) return undefined;
  if (cell.value === null) return cell.text === '' ? (isPilot(row) ? undefined : 'blank') : 'text';
  return cell.value < -EPSILON ? 'negative' : undefined;
}

const shown = (p: { readonly text: string }) => quote(p.text);

export const weights = defineRule<Params>({
  id: 'weights',
  severity: (p) => ('sum' in p ? 'warning' : 'error'),
  severities: ['error', 'warning'],
  description: {
    en: 'With a Weight column, every KPI has a weight of zero or more, and the weights add up to 100 %.',
    da: 'Med en vægtkolonne har hver KPI en vægt på nul eller mere, og vægtene giver tilsammen 100 %.',
  },
  messages: {
    en: (p) => {
      if ('sum' in p) return `The weights add up to ${percentText(p.sum, 'en')}, not 100 %.`;
      if (p.problem === 'blank') return `${named.en(p)} has no weight${typedNote.en({ typed: p.text })}: give every KPI a weight, so the weights add up to 100 %.`;
      if (p.problem === 'text') return `${named.en(p)}: the weight ${shown(p)} is not a number.`;
      return `${named.en(p)}: the weight ${shown(p)} is negative.`;
    },
    da: (p) => {
      if ('sum' in p) return `Vægtene giver tilsammen ${percentText(p.sum, 'da')}, ikke 100 %.`;
      if (p.problem === 'blank') return `${named.da(p)} har ingen vægt${typedNote.da({ typed: p.text })}: giv hver KPI en vægt, så vægtene tilsammen giver 100 %.`;
      if (p.problem === 'text') return `${named.da(p)}: vægten ${shown(p)} er ikke et tal.`;
      return `${named.da(p)}: vægten ${shown(p)} er negativ.`;
    },
  },
  check: (agreement) => {
    const table = agreement.table;
    if (!table || table.columns.weight === undefined) return [];
    const perRow = eachRow(agreement, ['weight'], (row): RuleHit<Params> | undefined => {
      const problem = problemOf(row);
      return row.weight && problem ? { at: at(row.weight), params: { ...kpiParams(row), problem, text: row.weight.placeholder ?? row.weight.text } } : undefined;
    });
    const sum = table.rows.reduce((total, row) => total + (row.weight?.value ?? 0), 0);
    const off = table.rows.length > 0 && Math.abs(sum - 1) > SUM_TOLERANCE + EPSILON;
    return off ? [...perRow, { at: headerPosition(table), params: { sum } }] : perRow;
  },
});

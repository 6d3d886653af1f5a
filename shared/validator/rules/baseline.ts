import { at, blankHit, eachRow, kpiParams, named, quote, typedNote, type BlankParams } from '../kpi-checks';
import { defineRule, type RuleHit } from '../rule';

/** `text` is set when the baseline is typed but is not a number. */
type Params = BlankParams & { readonly text?: string };

export const baseline = defineRule<Params>({
  id: 'baseline',
  severity: 'warning',
  description: { en: 'Every KPI has a baseline that is a number.', da: 'Hver KPI har en baseline, der er et tal.' },
  messages: {
    en: (p) =>
      p.text !== undefined
        ? `${named.en(p)}: the baseline ${quote(p.text)} is not a number: write the level measured in the baseline period.`
        : `${named.en(p)} has no baseline${typedNote.en(p)}: without one the target may be set too high or too low.`,
    da: (p) =>
      p.text !== undefined
        ? `${named.da(p)}: baselinen ${quote(p.text)} er ikke et tal: skriv det niveau, der blev målt i baselineperioden.`
        : `${named.da(p)} har ingen baseline${typedNote.da(p)}: uden den risikerer målet at blive sat for højt eller for lavt.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['baseline'], (row): RuleHit<Params> | undefined => {
      const cell = row.baseline;
      if (!cell || cell.value !== null) return undefined;
      return blankHit(row, cell) ?? { at: at(cell), params: { ...kpiParams(row), text: cell.text } };
    }),
});

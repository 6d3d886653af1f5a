import { blankHit, eachRow, isListed, named, typedNote, type BlankParams } from '../kpi-checks';
import { defineRule } from '../rule';

/** The guide's quick-check: a KPI that can drive unwanted behaviour has a counter-KPI to balance it. */
export const counterNeeded = defineRule<BlankParams>({
  id: 'counter-needed',
  severity: 'warning',
  description: {
    en: 'Every Quantity or Output KPI names a counter-KPI against unwanted behaviour.',
    da: 'Hver kvantitets- eller output-KPI har en counter-KPI mod uønsket adfærd.',
  },
  messages: {
    en: (p) =>
      `${named.en(p)} counts quantity or output but has no counter-KPI${typedNote.en(p)}: name one that guards against unwanted behaviour, such as a quality KPI.`,
    da: (p) =>
      `${named.da(p)} måler mængde eller output, men har ingen counter-KPI${typedNote.da(p)}: angiv en, der modvirker uønsket adfærd, fx en kvalitets-KPI.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['counter'], (row) =>
      isListed(row, 'kind', 'quantity') || isListed(row, 'focus', 'output') ? blankHit(row, row.counter) : undefined,
    ),
});

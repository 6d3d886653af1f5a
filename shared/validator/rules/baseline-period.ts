import { blankHit, eachRow, named, typedNote, type BlankParams } from '../kpi-checks';
import { defineRule } from '../rule';

/** The guide: define which months or quarters make the "normal" picture the baseline stands for. */
export const baselinePeriod = defineRule<BlankParams>({
  id: 'baseline-period',
  severity: 'warning',
  description: {
    en: 'Every baseline says which period it was measured over.',
    da: 'Hver baseline angiver, hvilken periode den er målt over.',
  },
  messages: {
    en: (p) =>
      `${named.en(p)} has a baseline but no baseline period${typedNote.en(p)}: write which months make the normal picture, leaving out one-off events.`,
    da: (p) =>
      `${named.da(p)} har en baseline, men ingen baselineperiode${typedNote.da(p)}: skriv, hvilke måneder der udgør et normalt billede, uden engangsbegivenheder.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['baseline', 'baselinePeriod'], (row) =>
      row.baseline && row.baseline.text !== '' ? blankHit(row, row.baselinePeriod) : undefined,
    ),
});

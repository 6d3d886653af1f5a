import { isWrittenAsChange, parseNumber } from '../../agreement/reading';
import type { KpiRow } from '../../agreement/schema';
import type { Lang } from '../../i18n/lang';
import { at, blankHit, eachRow, kpiParams, named, numberText, quote, typedNote, type BlankParams } from '../kpi-checks';
import { defineRule, type RuleHit } from '../rule';

/**
 * `text` is what the cell holds when it is not blank; `level` is what a target written as a
 * change ("+20%") comes to from the baseline, when both are numbers.
 */
interface Params extends BlankParams {
  readonly text?: string;
  readonly change?: boolean;
  readonly level?: number;
}

/** The level a change reaches from the row's baseline: "+20%" of 20 is 24, "+5" of 20 is 25. */
function levelOf(row: KpiRow, text: string): number | undefined {
  const baseline = row.baseline?.value;
  const change = parseNumber(text);
  if (baseline == null || change === null) return undefined;
  return text.trim().endsWith('%') ? baseline * (1 + change) : baseline + change;
}

const levelNote: Record<Lang, (p: Params) => string> = {
  en: (p) => (p.level === undefined ? ', the baseline plus the change' : ` (${numberText(p.level, 'en')} from this baseline)`),
  da: (p) => (p.level === undefined ? ', baseline plus ændringen' : ` (${numberText(p.level, 'da')} ud fra denne baseline)`),
};

export const target = defineRule<Params>({
  id: 'target',
  severity: 'error',
  description: { en: 'Every KPI has a target that is a number: the level to reach.', da: 'Hver KPI har et mål, der er et tal: det niveau, der skal nås.' },
  messages: {
    en: (p) =>
      p.text === undefined
        ? `${named.en(p)} has no target${typedNote.en(p)}.`
        : p.change
          ? `${named.en(p)}: the target ${quote(p.text)} is a change, not a level: write the level to reach${levelNote.en(p)}.`
          : `${named.en(p)}: the target ${quote(p.text)} is not a number.`,
    da: (p) =>
      p.text === undefined
        ? `${named.da(p)} har intet mål${typedNote.da(p)}.`
        : p.change
          ? `${named.da(p)}: målet ${quote(p.text)} er en ændring, ikke et niveau: skriv det niveau, der skal nås${levelNote.da(p)}.`
          : `${named.da(p)}: målet ${quote(p.text)} er ikke et tal.`,
  },
  check: (agreement) =>
    eachRow(agreement, ['target'], (row): RuleHit<Params> | undefined => {
      const cell = row.target;
      if (!cell || cell.value !== null) return undefined;
      const blank = blankHit(row, cell);
      if (blank) return blank;
      const change = isWrittenAsChange(cell.text);
      const level = change ? levelOf(row, cell.text) : undefined;
      return { at: at(cell), params: { ...kpiParams(row), text: cell.text, ...(change ? { change } : {}), ...(level === undefined ? {} : { level }) } };
    }),
});

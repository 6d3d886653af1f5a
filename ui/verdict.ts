import type { Lang, Localized } from '../shared/i18n/lang';
import { SIGN_OFF_PARTIES, signedByBoth, type SignOffState } from '../shared/templates/sign-off';
import { RULES_BY_ID, type Finding, type RuleId, type RuleModule } from '../shared/validator';
import { el } from './dom';
import { VERDICT_TEXT } from './strings';

/**
 * The one verdict the pane gives above the findings: ready to agree when no error and no warning
 * is left (notes do not hold an agreement back), else what is left, grouped by rule; and what the
 * review's sign-off says, which also proposes the reason for saving the agreed version.
 */

/** One rule with errors or warnings left: what it asks, and on how many cells. */
export interface LeftItem {
  readonly rule: RuleId;
  readonly severity: 'error' | 'warning';
  readonly text: string;
  readonly count: number;
}

export interface Verdict {
  readonly ready: boolean;
  readonly headline: string;
  /** Errors first, then warnings; within each, in the validator's order. */
  readonly left: readonly LeftItem[];
  /** What the sign-off says; absent when nobody has signed or the sheet has no sign-off. */
  readonly signOff?: string;
}

export function verdictOf(findings: readonly Finding[], signOff: SignOffState | undefined, lang: Lang): Verdict {
  const byRule = new Map<string, LeftItem>();
  for (const severity of ['error', 'warning'] as const) {
    for (const finding of findings.filter((f) => f.severity === severity)) {
      const key = `${severity} ${finding.rule}`;
      const count = (byRule.get(key)?.count ?? 0) + 1;
      byRule.set(key, { rule: finding.rule, severity, text: ruleText(finding, lang), count });
    }
  }
  const left = [...byRule.values()];
  const ready = left.length === 0;
  const signOffText = signOffLine(signOff, lang);
  return { ready, headline: VERDICT_TEXT[ready ? 'ready' : 'notReady'][lang], left, ...(signOffText ? { signOff: signOffText } : {}) };
}

/** What a rule asks of an agreement; a finding of a rule the pane does not know says it itself. */
function ruleText(finding: Finding, lang: Lang): string {
  const rule: RuleModule | undefined = RULES_BY_ID[finding.rule];
  return rule?.description[lang] ?? finding.message;
}

function signOffLine(state: SignOffState | undefined, lang: Lang): string | undefined {
  if (!state) return undefined;
  if (signedByBoth(state)) return VERDICT_TEXT.signedByBoth[lang];
  const [signed] = SIGN_OFF_PARTIES.filter((party) => state[party]);
  if (signed === undefined) return undefined;
  return VERDICT_TEXT[signed === 'employee' ? 'employeeOnly' : 'managerOnly'][lang];
}

/**
 * The reason Save version should offer: "Agreed" once both have signed, when the field is empty
 * or still holds that proposal in another language; otherwise what the user typed stays.
 */
export function proposedReason(current: string, signOff: SignOffState | undefined, lang: Lang): string {
  const proposals = Object.values(VERDICT_TEXT.agreedReason);
  if (!signedByBoth(signOff) || (current.trim() !== '' && !proposals.includes(current.trim()))) return current;
  return VERDICT_TEXT.agreedReason[lang];
}

export const VERDICT_CSS = `
.kpr-verdict { margin: 12px 0 0; padding: 8px 12px; border-radius: 4px; border: 1px solid #e0e0e0; }
.kpr-verdict[hidden] { display: none; }
.kpr-verdict[data-ready="true"] { border-color: #9fd89f; background: #f1faf1; }
.kpr-verdict[data-ready="false"] { border-color: #fdcfb4; background: #fff9f5; }
.kpr-verdict-head { margin: 0; font-weight: 600; }
.kpr-verdict[data-ready="true"] .kpr-verdict-head { color: #107c10; }
.kpr-verdict ul { margin: 4px 0 0; padding-left: 20px; }
.kpr-verdict li[data-severity="error"]::marker { color: #c50f1f; }
.kpr-verdict li[data-severity="warning"]::marker { color: #bc4b09; }
.kpr-signoff { margin: 4px 0 0; }
`;

/** The verdict's box; `show` redraws it for a validation, or hides it before the first one. */
export function verdictView(doc: Document): { readonly element: HTMLElement; show(verdict: Verdict | undefined): void } {
  const element = el(doc, 'section', { class: 'kpr-verdict', 'data-verdict': '', hidden: '' });
  return {
    element,
    show(verdict) {
      element.hidden = verdict === undefined;
      if (!verdict) {
        element.replaceChildren();
        return;
      }
      element.dataset.ready = String(verdict.ready);
      element.replaceChildren(
        el(doc, 'p', { class: 'kpr-verdict-head' }, verdict.headline),
        ...(verdict.left.length > 0
          ? [el(doc, 'ul', {}, ...verdict.left.map((item) =>
            el(doc, 'li', { 'data-severity': item.severity, 'data-rule': item.rule }, item.count > 1 ? `${item.text} (${item.count})` : item.text)))]
          : []),
        ...(verdict.signOff ? [el(doc, 'p', { class: 'kpr-signoff' }, verdict.signOff)] : []),
      );
    },
  };
}

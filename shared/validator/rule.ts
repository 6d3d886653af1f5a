import type { Lang, Localized } from '../i18n/lang';
import type { Agreement } from '../agreement/schema';

/**
 * A validator rule in the manner of an ESLint rule: an id, a severity, a message per language
 * and a check that returns hits. The engine knows no rule; it runs `RULES` from ./rules.
 */

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Every rule id, in the order the rules run. The contract's ids first; never rename one. */
export const RULE_IDS = [
  'no-table', 'missing-column', 'kpi-count', 'leading-lagging', 'outcome', 'quality', 'team-driver',
  'duplicate', 'influence', 'cadence', 'source', 'owner', 'baseline', 'target', 'deadline', 'link',
  'counter', 'realism', 'ambition', 'invalid-value',
  'development-goals', 'wellbeing-goal', 'next-steps', 'follow-up', 'framework',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What the validator reports. `row` and `column` are 0-based indexes into the grid given. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly row?: number;
  readonly column?: number;
}

/** A cell's place in the grid. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** One thing a rule found: where, and the parameters its message needs. */
export interface RuleHit<P> {
  readonly at?: CellPosition;
  readonly params: P;
}

export type Messages<P> = Record<Lang, (params: P) => string>;

export interface Rule<P> {
  readonly id: RuleId;
  readonly severity: Severity | ((params: P) => Severity);
  /** With a severity that depends on the hit: every severity it can take, for the docs. */
  readonly severities?: readonly Severity[];
  /** One line for the docs: what the rule asks of an agreement. */
  readonly description: Localized;
  readonly messages: Messages<P>;
  check(agreement: Agreement): readonly RuleHit<P>[];
}

/** A rule with its parameter type sealed inside, so rules of any parameters share one list. */
export interface RuleModule {
  readonly id: RuleId;
  readonly severities: readonly Severity[];
  readonly description: Localized;
  findings(agreement: Agreement, lang: Lang): Finding[];
}

export function defineRule<P>(rule: Rule<P>): RuleModule {
  const severityOf = (params: P): Severity => (typeof rule.severity === 'function' ? rule.severity(params) : rule.severity);
  return {
    id: rule.id,
    severities: typeof rule.severity === 'function' ? rule.severities ?? SEVERITIES : [rule.severity],
    description: rule.description,
    findings: (agreement, lang) =>
      rule.check(agreement).map((hit) => ({
        rule: rule.id,
        severity: severityOf(hit.params),
        message: rule.messages[lang](hit.params),
        ...(hit.at ? { row: hit.at.row, column: hit.at.column } : {}),
      })),
  };
}

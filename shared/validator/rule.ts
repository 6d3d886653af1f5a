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
  'counter-needed', 'baseline-period', 'unnamed-kpi', 'weights', 'review-details',
  'development-goals', 'wellbeing-goal', 'next-steps', 'follow-up', 'pilot', 'impact', 'framework',
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

/** What a rule may know besides the agreement: whether another rule already reports a cell. */
export interface CheckContext {
  readonly covered: (cell: CellPosition) => boolean;
}

const NOTHING_COVERED: CheckContext = { covered: () => false };

export interface Rule<P> {
  readonly id: RuleId;
  readonly severity: Severity | ((params: P) => Severity);
  /** With a severity that depends on the hit: every severity it can take, for the docs. */
  readonly severities?: readonly Severity[];
  /** One line for the docs: what the rule asks of an agreement. */
  readonly description: Localized;
  readonly messages: Messages<P>;
  /**
   * A rule that sums up what others check (SMART, FAST) runs after them and leaves out what they
   * already report on a cell: one finding per problem.
   */
  readonly restates?: boolean;
  check(agreement: Agreement, context: CheckContext): readonly RuleHit<P>[];
}

/** A rule with its parameter type sealed inside, so rules of any parameters share one list. */
export interface RuleModule {
  readonly id: RuleId;
  readonly severities: readonly Severity[];
  readonly description: Localized;
  readonly restates: boolean;
  findings(agreement: Agreement, lang: Lang, context?: CheckContext): Finding[];
}

export function defineRule<P>(rule: Rule<P>): RuleModule {
  const severityOf = (params: P): Severity => (typeof rule.severity === 'function' ? rule.severity(params) : rule.severity);
  return {
    id: rule.id,
    severities: typeof rule.severity === 'function' ? rule.severities ?? SEVERITIES : [rule.severity],
    description: rule.description,
    restates: rule.restates ?? false,
    findings: (agreement, lang, context = NOTHING_COVERED) =>
      rule.check(agreement, context).map((hit) => ({
        rule: rule.id,
        severity: severityOf(hit.params),
        message: tidy(rule.messages[lang](hit.params)),
        ...(hit.at ? { row: hit.at.row, column: hit.at.column } : {}),
      })),
  };
}

/**
 * A message as a reader should see it: a sentence ending in a quoted name or number that ends in a
 * full stop of its own ("Ltd.") gets one full stop, not two.
 */
export function tidy(message: string): string {
  return message.replace(/(?<!\.)\.([”"’)]?)\.(?!\.)/g, '.$1').replace(/([?!])([”"’)]?)\./g, '$1$2');
}

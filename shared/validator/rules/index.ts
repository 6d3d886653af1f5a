import type { RuleId, RuleModule } from '../rule';
import { RULE_IDS } from '../rule';
import { ambition } from './ambition';
import { baselinePeriod } from './baseline-period';
import { counterNeeded } from './counter-needed';
import { impact } from './impact';
import { pilot } from './pilot';
import { reviewDetails } from './review-details';
import { unnamedKpi } from './unnamed-kpi';
import { weights } from './weights';
import { baseline } from './baseline';
import { cadence } from './cadence';
import { counter } from './counter';
import { deadline } from './deadline';
import { developmentGoals } from './development-goals';
import { duplicate } from './duplicate';
import { followUp } from './follow-up';
import { framework } from './framework';
import { influence } from './influence';
import { invalidValue } from './invalid-value';
import { kpiCount } from './kpi-count';
import { leadingLagging } from './leading-lagging';
import { link } from './link';
import { missingColumn } from './missing-column';
import { nextSteps } from './next-steps';
import { noTable } from './no-table';
import { outcome } from './outcome';
import { owner } from './owner';
import { quality } from './quality';
import { realism } from './realism';
import { source } from './source';
import { target } from './target';
import { teamDriver } from './team-driver';
import { wellbeingGoal } from './wellbeing-goal';

/** Every rule by id: a rule left out, or an id misspelt, fails to compile. */
export const RULES_BY_ID: Record<RuleId, RuleModule> = {
  'no-table': noTable,
  'missing-column': missingColumn,
  'kpi-count': kpiCount,
  'leading-lagging': leadingLagging,
  outcome,
  quality,
  'team-driver': teamDriver,
  duplicate,
  influence,
  cadence,
  source,
  owner,
  baseline,
  target,
  deadline,
  link,
  counter,
  realism,
  ambition,
  'invalid-value': invalidValue,
  'counter-needed': counterNeeded,
  'baseline-period': baselinePeriod,
  'unnamed-kpi': unnamedKpi,
  weights,
  'review-details': reviewDetails,
  pilot,
  impact,
  'development-goals': developmentGoals,
  'wellbeing-goal': wellbeingGoal,
  'next-steps': nextSteps,
  'follow-up': followUp,
  framework,
};

/** The rules in the order they run (RULE_IDS order). */
export const RULES: readonly RuleModule[] = RULE_IDS.map((id) => RULES_BY_ID[id]);

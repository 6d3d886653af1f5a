export { validateAgreement, validateWith, readAgreement, sortFindings, type ValidateOptions } from './engine';
export { RULE_IDS, SEVERITIES, defineRule, type Finding, type RuleId, type Severity, type Rule, type RuleHit, type RuleModule } from './rule';
export { RULES, RULES_BY_ID } from './rules';

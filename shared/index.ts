export { validateAgreement, readAgreement, RULES, RULE_IDS, type Finding, type RuleId, type Severity, type ValidateOptions } from './validator';
export { findTable, parseNumber, toGrid, type Grid } from './agreement/table';
export { COLUMNS, OPTIONAL_COLUMNS, KNOWN_COLUMNS, PILOT_VALUES, IMPACT_VALUES, PLACEHOLDERS, column, type ColumnKey, type ColumnSpec } from './agreement/columns';
export { readReview, isReviewSheet } from './agreement/review';
export { AgreementSchema, KpiRowSchema, KpiTableSchema, ReviewSchema, type Agreement, type KpiRow, type KpiTable, type Review, type Section, type SectionEntry, type TextCell, type NumberCell, type ListedId } from './agreement/schema';

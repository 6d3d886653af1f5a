import type { ColumnKey } from '../../shared/agreement/columns';
import type { RuleId } from '../../shared/index';
import { cellOf, kpiTable, ruleCases, withKpiValue, withoutColumn } from './helpers';

/** The rules that fire on a blank cell: source, owner, baseline, deadline and link. */
const BLANK_CELL_RULES: readonly { rule: RuleId; column: ColumnKey; severity: 'error' | 'warning'; message: string }[] = [
  { rule: 'source', column: 'source', severity: 'error', message: '“Hit rate” has no data source: agree where the numbers come from.' },
  { rule: 'owner', column: 'owner', severity: 'error', message: '“Hit rate” has no owner: agree who answers for it.' },
  { rule: 'baseline', column: 'baseline', severity: 'warning', message: '“Hit rate” has no baseline: without one the target may be set too high or too low.' },
  { rule: 'deadline', column: 'deadline', severity: 'warning', message: '“Hit rate” has no deadline.' },
  { rule: 'link', column: 'link', severity: 'warning', message: '“Hit rate” has no strategic link: tie it to a strategic theme or OKR.' },
];

for (const { rule, column, severity, message } of BLANK_CELL_RULES) {
  ruleCases(rule, {
    valid: [
      { name: 'every cell filled', grid: kpiTable() },
      { name: 'the column absent', grid: withoutColumn(column) },
      { name: 'a zero or any text counts as filled', grid: withKpiValue(1, column, 0) },
    ],
    invalid: [
      { name: 'an empty string', grid: withKpiValue(1, column, ''), expected: [{ severity, ...cellOf(1, column), message }] },
      { name: 'only spaces', grid: withKpiValue(1, column, '   '), expected: [{ severity, ...cellOf(1, column) }] },
      { name: 'null', grid: withKpiValue(1, column, null), expected: [{ severity, ...cellOf(1, column) }] },
      { name: 'a row too short to reach the cell', grid: kpiTable().map((row, r) => (r === 2 ? row.slice(0, 1) : row)), expected: [{ severity, ...cellOf(1, column) }] },
    ],
  });
}

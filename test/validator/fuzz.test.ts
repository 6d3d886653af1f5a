import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, KNOWN_COLUMNS, PLACEHOLDERS, readValues } from '../../shared/agreement/columns';
import { RULE_IDS, SEVERITIES, type Finding } from '../../shared/validator';
import { validateAgreement } from '../../shared/index';
import { kpiTable } from './helpers';

/** Cells a user or a host might leave: known headers and values mixed with anything at all. */
const knownText = fc.constantFrom(
  ...KNOWN_COLUMNS.flatMap((c) => [c.header.en, c.header.da, ...(c.aliases ?? []), ...readValues(c).flatMap((v) => [v.label.en, v.label.da])]),
  ...PLACEHOLDERS,
  'Development goals', 'Next steps', 'Follow-up cadence', 'Framework', 'FAST', 'Employee', 'Review date', '70 %', '0,7', '1.200', '+20%', '',
);
const cell = fc.oneof(knownText, fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.date(), fc.anything());
const grid = fc.array(fc.oneof(fc.array(cell, { maxLength: 25 }), fc.anything()), { maxLength: 40 });

function expectWellFormed(findings: unknown, input: unknown): void {
  expect(Array.isArray(findings)).toBe(true);
  const rows: unknown[] = Array.isArray(input) ? input : [];
  const width = Math.max(0, ...rows.map((row) => (Array.isArray(row) ? row.length : 0)));
  for (const finding of findings as Finding[]) {
    expect(Object.keys(finding).every((key) => ['rule', 'severity', 'message', 'row', 'column'].includes(key))).toBe(true);
    expect(RULE_IDS).toContain(finding.rule);
    expect(SEVERITIES).toContain(finding.severity);
    expect(typeof finding.message).toBe('string');
    expect(finding.message.length).toBeGreaterThan(0);
    expect(finding.row === undefined).toBe(finding.column === undefined);
    if (finding.row !== undefined && finding.column !== undefined) {
      expect(Number.isInteger(finding.row) && finding.row >= 0 && finding.row < rows.length).toBe(true);
      expect(Number.isInteger(finding.column) && finding.column >= 0).toBe(true);
      expect(finding.column).toBeLessThan(width);
    }
  }
}

describe('validateAgreement on arbitrary input', () => {
  it('never throws and returns well-formed findings on arbitrary grids', () => {
    fc.assert(
      fc.property(grid, fc.constantFrom('en', 'da'), (input, lang) => {
        const findings = validateAgreement(input as unknown[][], { lang });
        expectWellFormed(findings, input);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on anything at all, nor with odd options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        expectWellFormed(validateAgreement(input as unknown[][], options as { lang: 'en' }), input);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a sound table with cells replaced by anything', () => {
    const base = kpiTable();
    const edit = fc.record({ row: fc.nat(base.length - 1), column: fc.nat(COLUMNS.length - 1), value: cell });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.constantFrom('en', 'da'), (edits, lang) => {
        const input = base.map((row) => [...row]);
        for (const { row, column, value } of edits) input[row][column] = value;
        expectWellFormed(validateAgreement(input, { lang }), input);
      }),
      { numRuns: 500 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions/registry';
import { RULES } from '../../shared/validator';
import { FUNCTION_REFERENCE, RULE_REFERENCE, withGeneratedBlocks } from '../../scripts/reference';

describe('the README', () => {
  it('holds the blocks the code generates (run npm run docs after changing a function or rule)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withGeneratedBlocks(readme)).toBe(readme);
  });

  it('documents every function with its Excel and Sheets names and every argument', () => {
    const reference = FUNCTION_REFERENCE.render();
    for (const spec of FUNCTIONS) {
      expect(reference).toContain(`KPI.${spec.id}(`);
      expect(reference).toContain(`KPI_${spec.id}`);
      for (const param of spec.params) expect(reference).toContain(`\`${param.name}\``);
    }
  });

  it('gives every validator rule a line', () => {
    const lines = RULE_REFERENCE.render().split('\n');
    for (const rule of RULES) expect(lines.filter((line) => line.startsWith(`| \`${rule.id}\` |`))).toHaveLength(1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions/registry';
import { functionReference, withFunctionReference } from '../../scripts/function-reference';

describe('the README function reference', () => {
  it('is the one the registry generates (run npm run docs after changing a function)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withFunctionReference(readme)).toBe(readme);
  });

  it('documents every function with its Excel and Sheets names and every argument', () => {
    const reference = functionReference();
    for (const spec of FUNCTIONS) {
      expect(reference).toContain(`KPI.${spec.id}(`);
      expect(reference).toContain(`KPI_${spec.id}`);
      for (const param of spec.params) expect(reference).toContain(`\`${param.name}\``);
    }
  });
});

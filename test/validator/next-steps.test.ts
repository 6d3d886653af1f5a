import { describe, expect, it } from 'vitest';
import { findingsOf, kpiTable, reviewGrid, rowOf, ruleCases } from './helpers';

const at = (grid: unknown[][], entry: number, column: number) => ({ row: rowOf(grid, 'Next steps') + 2 + entry, column });
const noWho = reviewGrid({ nextSteps: [['Share the agreement', '', 'Friday']] });
const noWhen = reviewGrid({ nextSteps: [['Share the agreement', 'Peter', '']] });
const neither = reviewGrid({ nextSteps: [['Share the agreement', 'Peter', 'Friday'], ['Book meetings']] });
const none = reviewGrid({ nextSteps: [] });

ruleCases('next-steps', {
  valid: [
    { name: 'steps with who and when', grid: reviewGrid() },
    { name: 'a bare table', grid: kpiTable() },
  ],
  invalid: [
    { name: 'no next step', grid: none, expected: [{ severity: 'warning', row: rowOf(none, 'Next steps'), column: 0, message: 'The review has no next step: agree who does what, and when.' }] },
    { name: 'a step without who', grid: noWho, expected: [{ severity: 'warning', ...at(noWho, 0, 1), message: 'Next step “Share the agreement” has no who: agree who does what, and when.' }] },
    { name: 'a step without when', grid: noWhen, expected: [{ ...at(noWhen, 0, 2) }] },
    { name: 'a step without either, once', grid: neither, expected: [{ ...at(neither, 1, 1), message: 'Next step “Book meetings” has no who and when: agree who does what, and when.' }] },
    {
      name: 'in Danish',
      lang: 'da',
      grid: reviewGrid({ lang: 'da', nextSteps: [['Del aftalen']] }),
      expected: [{ message: 'Næste skridt “Del aftalen” mangler hvem og hvornår: aftal “hvem gør hvad hvornår”.' }],
    },
  ],
});

describe('next-steps on a narrow sheet', () => {
  it('points at no cell beyond the grid', () => {
    const grid = [['Next steps'], ['Call the customer'], ...kpiTable().map((row) => row.slice(0, 0))];
    expect(findingsOf('next-steps', grid)).toEqual([
      { rule: 'next-steps', severity: 'warning', message: 'Next step “Call the customer” has no who and when: agree who does what, and when.' },
    ]);
  });
});

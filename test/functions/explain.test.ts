import { describe, expect, it } from 'vitest';
import { explainCall, explainError } from '../../shared/functions/explain';
import { call } from './helpers';

describe('explaining an error cell', () => {
  it('gives a core error its own message, in the language asked', () => {
    const error = call('RAG', 1, 1, 5);
    expect(explainError(error, 'en')).toMatch(/^tolerance: 5 must lie between 0 and 1/);
    expect(explainError(error, 'da')).toMatch(/^tolerance: 5 skal ligge mellem 0 og 1/);
  });

  it('says what a bare code from an Excel cell means, and reads the message of a Sheets text', () => {
    expect(explainError('#NUM!', 'en')).toMatch(/out of range/);
    expect(explainError('#DIV/0!', 'da')).toMatch(/deler med 0/);
    expect(explainError('#NUM! periods: 0 must be a whole number of at least 1', 'en')).toBe('periods: 0 must be a whole number of at least 1');
    expect(explainError('Green', 'en')).toBeUndefined();
    expect(explainError(0.5, 'en')).toBeUndefined();
    expect(explainError('#NUMBER', 'en')).toBeUndefined();
  });

  it('finds the exact reason by running the call again', () => {
    expect(explainCall('HITRATE', [5, 4], 'en')).toBe('successes (5) exceed attempts (4)');
    expect(explainCall('RAG', [[[1], ['x']], 1], 'da')).toBe('actual (række 2, kolonne 1): "x" er ikke et tal');
    expect(explainCall('RAG', [1, 1], 'en')).toBeUndefined();
  });
});

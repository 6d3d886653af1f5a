import { describe, expect, it } from 'vitest';
import { errorText, isKpiError } from '../../shared/errors';
import { call, column } from './helpers';

describe('error messages', () => {
  it('exist in Danish too', () => {
    const error = call('RAG', 'n/a', 100);
    expect(isKpiError(error) && errorText(error, 'da')).toBe('actual: "n/a" er ikke et tal');
  });

  it('name the position of a bad cell in Danish', () => {
    const error = call('BASELINE', column(1, 'x'));
    expect(isKpiError(error) && errorText(error, 'da')).toContain('values (række 2, kolonne 1)');
  });

  it('keep English as the default message', () => {
    const error = call('HITRATE', 1, 0);
    expect(isKpiError(error) && error.message).toBe(isKpiError(error) && errorText(error, 'en'));
  });
});

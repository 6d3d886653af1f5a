import { describe, expect, it } from 'vitest';
import { shiftMonth, monthOfSerial, serialOfMonth, trackedPeriod } from '../../shared/tracking/months';

const TODAY = { year: 2026, month: 5 };

describe('the months a Period cell names', () => {
  it.each([
    ['2027', 2027, 1, 12],
    ['2027-01 - 2027-06', 2027, 1, 6],
    ['Jan - Jun 2027', 2027, 1, 6],
    ['jan-jun 2027', 2027, 1, 6],
    ['jan. 2027 - dec. 2027', 2027, 1, 12],
    ['okt. 2026 til sep. 2027', 2026, 10, 12],
    ['October 2026 to September 2027', 2026, 10, 12],
    ['1/2027-12/2027', 2027, 1, 12],
    ['2027-2028', 2027, 1, 24],
    ['maj 2027', 2027, 5, 1],
    ['46388', 2027, 1, 12],
    [46388, 2027, 1, 12],
    ['Q3 2027', 2027, 7, 3],
    ['8.12.2026', 2026, 12, 12],
  ])('%s', (text, year, month, months) => {
    expect(trackedPeriod(text, TODAY)).toEqual({ first: { year, month }, months, fromAgreement: true });
  });

  it.each(['', 'this year', '13/2027', '2027-2040', 'dec 2027 - jan 2027'])('reads no period in "%s", or none a tracking sheet should hold', (text) => {
    expect(trackedPeriod(text, TODAY)).toEqual({ first: TODAY, months: 12, fromAgreement: false });
  });

  it('falls back to the 12 months from today, and says so', () => {
    expect(trackedPeriod('next year', { year: 2026, month: 5 })).toEqual({ first: { year: 2026, month: 5 }, months: 12, fromAgreement: false });
    expect(trackedPeriod(undefined, { year: 2026, month: 5 }).fromAgreement).toBe(false);
    expect(trackedPeriod('2027', { year: 2026, month: 5 }).fromAgreement).toBe(true);
  });

  it('counts months across years and converts them to the hosts\' date serials and back', () => {
    expect(shiftMonth({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(shiftMonth({ year: 2027, month: 1 }, -12)).toEqual({ year: 2026, month: 1 });
    expect(serialOfMonth({ year: 2026, month: 1 })).toBe(46023);
    expect(monthOfSerial(46023.5)).toEqual({ year: 2026, month: 1 });
  });
});

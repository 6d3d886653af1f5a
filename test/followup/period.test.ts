import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, isoDay, readDay } from '../../shared/followup/days';
import { agreementPeriod, middleOf, readPeriod } from '../../shared/followup/period';

const iso = (period: { start: number; end: number } | undefined) => period && `${isoDay(period.start)}..${isoDay(period.end)}`;

describe('days', () => {
  it('reads serials, dates and day-first or ISO text, and no day that does not exist', () => {
    expect(readDay(46388)).toBe(dayOf(2027, 1, 1));
    expect(readDay('2027-12-31')).toBe(dayOf(2027, 12, 31));
    expect(readDay('31.12.2027')).toBe(dayOf(2027, 12, 31));
    expect(readDay('8/1/2027')).toBe(dayOf(2027, 1, 8));
    expect(readDay(new Date(2027, 0, 8, 23, 30))).toBe(dayOf(2027, 1, 8));
    expect(readDay('31.02.2027')).toBeUndefined();
    expect(readDay('soon')).toBeUndefined();
    expect(readDay(-3)).toBeUndefined();
  });

  it('adds months as EDATE does, on the last day of a shorter month', () => {
    expect(isoDay(addMonths(dayOf(2027, 1, 31), 1))).toBe('2027-02-28');
    expect(isoDay(addMonths(dayOf(2026, 12, 8), 13))).toBe('2028-01-08');
    expect(isoDay(addMonths(dayOf(2028, 3, 31), -1))).toBe('2028-02-29');
  });
});

describe('the agreement period', () => {
  it.each([
    ['2027', '2027-01-01..2027-12-31'],
    [2027, '2027-01-01..2027-12-31'],
    ['2026/27', '2026-01-01..2027-12-31'],
    ['2026-2027', '2026-01-01..2027-12-31'],
    ['Q3 2027', '2027-07-01..2027-09-30'],
    ['3. kvartal 2027', '2027-07-01..2027-09-30'],
    ['K1 2027', '2027-01-01..2027-03-31'],
    ['H2 2027', '2027-07-01..2027-12-31'],
    ['1. halvår 2027', '2027-01-01..2027-06-30'],
    ['nov. 2025 - okt. 2026', '2025-11-01..2026-10-31'],
    ['Feb 2027 – Jan 2028', '2027-02-01..2028-01-31'],
    ['01.01.2027 - 31.12.2027', '2027-01-01..2027-12-31'],
    ['01.02.2027-31.01.2028', '2027-02-01..2028-01-31'],
    ['2027-01-01 til 2027-06-30', '2027-01-01..2027-06-30'],
    ['Jan - Jun 2027', '2027-01-01..2027-06-30'],
    ['jan-jun 2027', '2027-01-01..2027-06-30'],
    ['2027-01 - 2027-06', '2027-01-01..2027-06-30'],
    ['1/2027-12/2027', '2027-01-01..2027-12-31'],
    ['okt. 2026 til sep. 2027', '2026-10-01..2027-09-30'],
    ['October 2026 to September 2027', '2026-10-01..2027-09-30'],
    ['maj 2027', '2027-05-01..2027-05-31'],
    // One day, typed or a date cell: the agreement runs the twelve months from it.
    ['2027-12-31', '2027-12-31..2028-12-30'],
    [46388, '2027-01-01..2027-12-31'],
    ['46388', '2027-01-01..2027-12-31'],
  ])('reads %j', (text, expected) => {
    expect(iso(readPeriod(text))).toBe(expected);
  });

  it.each([['next year'], ['this year'], ['13/2027'], ['jan - jun'], ['dec 2027 - jan 2027'], [''], [0.5]])('reads no period in %j', (text) => {
    expect(readPeriod(text)).toBeUndefined();
  });

  it('falls back to the twelve months from the review date', () => {
    expect(iso(agreementPeriod('', dayOf(2026, 12, 8)))).toBe('2026-12-08..2027-12-07');
    expect(iso(agreementPeriod('2027', dayOf(2026, 12, 8)))).toBe('2027-01-01..2027-12-31');
    expect(agreementPeriod('', undefined)).toBeUndefined();
  });

  it('puts the middle halfway through', () => {
    const period = readPeriod('2027');
    expect(period && isoDay(middleOf(period))).toBe('2027-07-02');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { dateSerial, datesAsSerials, describeDate, usableTimeZone } from '../../shared/functions/dates';
import { call, expectError } from './helpers';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('dates as Excel serial numbers', () => {
  it('reads the wall clock in the named zone, east and west of UTC, 1899 durations included', () => {
    // Local midnight of 2026-01-31 in Copenhagen (UTC+1) and New York (UTC-5): serial 46053 in both.
    expect(dateSerial(new Date(Date.UTC(2026, 0, 30, 23)), 'Europe/Copenhagen')).toBe(46053);
    expect(dateSerial(new Date(Date.UTC(2026, 0, 31, 5)), 'America/New_York')).toBe(46053);
    // Summer time: 2026-07-01 12:00 is UTC+2 in Copenhagen, UTC-4 in New York.
    expect(dateSerial(new Date(Date.UTC(2026, 6, 1, 10)), 'Europe/Copenhagen')).toBe(46204.5);
    expect(dateSerial(new Date(Date.UTC(2026, 6, 1, 16)), 'America/New_York')).toBe(46204.5);
    // A duration of 4:30 is 1899-12-30 04:30 in the zone.
    expect(dateSerial(new Date(Date.UTC(1899, 11, 30, 3, 30)), 'Europe/Copenhagen')).toBe(0.1875);
    expect(dateSerial(new Date(Date.UTC(1899, 11, 30, 9, 30)), 'America/New_York')).toBe(0.1875);
  });

  it('reads the runtime\'s own zone without a name, as Apps Script\'s script zone', () => {
    for (const zone of ['Europe/Copenhagen', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      expect(dateSerial(new Date(2026, 0, 31))).toBe(46053);
      expect(dateSerial(new Date(1899, 11, 30, 4, 30))).toBe(0.1875);
      expect(call('ATTAINMENT', new Date(2026, 0, 31, 12), 46053.5)).toBe(1);
    }
  });

  it('shows a date in messages on its own calendar day, not a day off', () => {
    process.env.TZ = 'Europe/Copenhagen';
    expect(describeDate(new Date(2026, 0, 31))).toBe('2026-01-31');
    expect(describeDate(new Date(Date.UTC(2026, 0, 31, 5)), 'America/New_York')).toBe('2026-01-31');
    expect(describeDate(new Date(Date.UTC(1899, 11, 30, 9, 30)), 'America/New_York')).toBe('1899-12-30 04:30');
    expectError(call('RAG', 1, 1, '', new Date(2026, 0, 31)), '#VALUE!', 'direction: 2026-01-31 must be one of');
  });

  it('replaces dates in arguments, alone and in ranges, and leaves other arguments uncopied', () => {
    const plain = [1, [[2], [null]], 'x'];
    expect(datesAsSerials(plain, () => 'UTC')).toBe(plain);
    let asked = 0;
    const zone = () => (asked++, 'America/New_York');
    expect(datesAsSerials([new Date(Date.UTC(2026, 0, 31, 5)), [[new Date(Date.UTC(1899, 11, 30, 9, 30)), 3]]], zone)).toEqual([46053, [[0.1875, 3]]]);
    expect(asked).toBe(1);
  });

  it('uses only zones Intl knows', () => {
    expect(usableTimeZone('Europe/Copenhagen')).toBe('Europe/Copenhagen');
    expect(usableTimeZone('Mars/Olympus')).toBeUndefined();
    expect(usableTimeZone('')).toBeUndefined();
  });
});

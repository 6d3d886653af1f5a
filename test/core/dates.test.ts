import { afterEach, describe, expect, it } from 'vitest';
import { cellText } from '../../shared/agreement/normalize';
import { historyRecord } from '../../shared/history';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('a date cell as text', () => {
  it.each(['Europe/Copenhagen', 'America/New_York', 'Pacific/Auckland', 'UTC'])('is its calendar day in %s, never the UTC day before or after', (timeZone) => {
    process.env.TZ = timeZone;
    // What a host hands over for 2026-01-31: midnight where the workbook is.
    expect(cellText(new Date(2026, 0, 31))).toBe('2026-01-31');
    expect(cellText(new Date(2026, 5, 30, 23, 59))).toBe('2026-06-30');
  });

  it('leaves an invalid date blank', () => {
    expect(cellText(new Date(Number.NaN))).toBe('');
  });
});

describe('the history stamp', () => {
  const grid = [['KPI', 'Type', 'Focus', 'Owner', 'Target'], ['Sales', 'Lagging', 'Outcome', 'Ann', 100]];

  it('is the host\'s stamp where the host knows the workbook\'s zone', () => {
    const record = historyRecord(grid, { savedAt: new Date(), stamp: '2026-01-31 09:15', reason: 'why', sheetName: 'Review' }, 'en');
    expect(record.ok && record.rows[0][0]).toBe('2026-01-31 09:15');
  });

  it('is local time otherwise, in Copenhagen as west of UTC', () => {
    for (const timeZone of ['Europe/Copenhagen', 'America/Chicago']) {
      process.env.TZ = timeZone;
      const record = historyRecord(grid, { savedAt: new Date(2026, 0, 31, 0, 30), reason: 'why', sheetName: 'Review' }, 'en');
      expect(record.ok && record.rows[0][0], timeZone).toBe('2026-01-31 00:30');
    }
  });

  it('needs a reason', () => {
    const record = historyRecord(grid, { savedAt: new Date(), reason: '  ', sheetName: 'Review' }, 'da');
    expect(record).toEqual({ ok: false, message: 'Skriv en årsag, før du gemmer en version.' });
  });
});

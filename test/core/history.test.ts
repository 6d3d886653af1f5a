import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../shared/agreement/columns';
import { formatStamp, historyHeader, historyNumberFormats, historyRecord, isHistorySheet } from '../../shared/history';

const savedAt = new Date(2026, 10, 29, 14, 5);
const meta = { savedAt, reason: ' Mid-year re-forecast ', sheetName: 'KPI Review' };

const grid = [
  ['Employee', 'Ann'],
  [],
  ['KPI', 'Type', 'Target', 'Data source', 'Owner'],
  ['CSAT', 'Lagging', 4.5, 'Survey', 'Ann'],
  ['First reply time', 'Leading', 2, 'Helpdesk', 'Ann'],
  ['', '', '', '', ''],
  ['Not part of the table'],
];

describe('the agreement history', () => {
  it('heads its sheet with the stamp columns and every agreement column, in the language asked', () => {
    expect(historyHeader('en')).toEqual(['Saved', 'Reason', 'Sheet', ...COLUMNS.map((c) => c.header.en)]);
    expect(historyHeader('da').slice(0, 3)).toEqual(['Gemt', 'Årsag', 'Ark']);
  });

  it('records one stamped row per KPI, each value under its own header', () => {
    const record = historyRecord(grid, meta, 'en');
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    const header = historyHeader('en');
    expect(record.rows).toHaveLength(2);
    const first = Object.fromEntries(header.map((name, i) => [name, record.rows[0][i]]));
    expect(first).toMatchObject({ Saved: '2026-11-29 14:05', Reason: 'Mid-year re-forecast', Sheet: 'KPI Review', KPI: 'CSAT', Target: 4.5, Owner: 'Ann', Cadence: '' });
    expect(record.rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('refuses a sheet without an agreement table, with a message in the user language', () => {
    const record = historyRecord([['nothing here']], meta, 'da');
    expect(record).toEqual({ ok: false, message: expect.stringContaining('KPI-aftaletabel') });
  });

  it('stamps local time as sortable text', () => {
    expect(formatStamp(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02 03:04');
  });
});

describe('historyNumberFormats', () => {
  it('formats each history column as the agreement formats it: dates as dates, influence as a percentage', () => {
    const header = historyHeader('en');
    const formats = Object.fromEntries(header.map((name, i) => [name, historyNumberFormats()[i]]));
    expect(historyNumberFormats()).toHaveLength(header.length);
    expect(formats).toMatchObject({ Saved: 'General', Deadline: 'yyyy-mm-dd', 'Influence (%)': '0%', KPI: 'General' });
  });
});

describe('saving the history sheet itself', () => {
  const historyGrid = [historyHeader('en'), ['2026-11-29 14:05', 'x', 'KPI Review', 'CSAT', '', 'Lagging']];

  it('is refused under either language name, whatever the case', () => {
    for (const sheetName of ['Agreement history', 'aftalehistorik']) {
      expect(historyRecord(historyGrid, { ...meta, sheetName }, 'en')).toEqual({ ok: false, message: expect.stringMatching(/^This is the history sheet/) });
    }
  });

  it('tells which sheets are the history sheet', () => {
    expect(isHistorySheet(' AGREEMENT HISTORY ')).toBe(true);
    expect(isHistorySheet('KPI Review')).toBe(false);
  });
});

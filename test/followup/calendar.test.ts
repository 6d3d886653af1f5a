import { describe, expect, it } from 'vitest';
import { AGENDAS, followUpCalendar } from '../../shared/followup/calendar';
import { dayOf } from '../../shared/followup/days';
import { escapeText, foldLine, icsCalendar } from '../../shared/followup/ics';

const NOW = new Date(Date.UTC(2026, 11, 8, 13, 5, 9));

const review = (followUp = 'Monthly', reviewDate: unknown = dayOf(2026, 12, 8)) => [
  ['Employee', 'Mette Jensen'],
  ['Period', '2027'],
  ['Review date', reviewDate],
  ['Follow-up cadence', followUp],
  [],
  ['KPI', 'Type', 'Target', 'Data source', 'Owner', 'Deadline'],
  ['CSAT', 'Lagging', 4.4, 'Survey', 'Anders', dayOf(2027, 12, 31)],
  ['First reply time', 'Leading', 4, 'Zendesk', 'Mette', '31.12.2027'],
  ['Resolved cases', 'Lagging', 200, 'Zendesk', 'Mette', '2027-06-30'],
];

/** The unfolded content lines, and every VEVENT as its properties. */
function parse(text: string) {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) events.push(current), (current = undefined);
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return { lines, events };
}

const calendar = (grid: unknown[][], lang: 'en' | 'da' = 'en') => {
  const made = followUpCalendar(grid, { sheetName: 'KPI Review', now: NOW }, lang);
  if (!made.ok) throw new Error(made.message);
  return made.calendar;
};

describe('the iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without splitting a character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'æøå'.repeat(30)}€😀 ${'a'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    const encoder = new TextEncoder();
    expect(folded.length).toBeGreaterThan(1);
    for (const [i, part] of folded.entries()) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('short')).toBe('short');
  });

  it('ends every line in CRLF and stamps each all-day event', () => {
    const text = icsCalendar([{ uid: 'a@x', day: dayOf(2027, 1, 8), summary: 'S', description: 'D' }], { now: NOW, name: 'N', lang: 'en' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { lines, events } = parse(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(events).toEqual([{
      UID: 'a@x', DTSTAMP: '20261208T130509Z', 'DTSTART;VALUE=DATE': '20270108', 'DTEND;VALUE=DATE': '20270109', SUMMARY: 'S', DESCRIPTION: 'D', TRANSP: 'TRANSPARENT',
    }]);
  });
});

describe('the follow-up calendar of an agreement', () => {
  it('books monthly checkpoints from the review date, the sanity check, the deadlines and the next review', () => {
    const made = calendar(review());
    const { events } = parse(made.text);
    const byDay = events.map((event) => `${event['DTSTART;VALUE=DATE']} ${event.SUMMARY}`);
    expect(byDay).toEqual([
      '20270108 KPI follow-up: Mette Jensen',
      '20270208 KPI follow-up: Mette Jensen',
      '20270308 KPI follow-up: Mette Jensen',
      '20270408 KPI follow-up: Mette Jensen',
      '20270508 KPI follow-up: Mette Jensen',
      '20270608 KPI follow-up: Mette Jensen',
      '20270630 KPI deadline: Resolved cases: Mette Jensen',
      '20270702 Mid-year sanity check of the KPIs: Mette Jensen',
      '20270708 KPI follow-up: Mette Jensen',
      '20270808 KPI follow-up: Mette Jensen',
      '20270908 KPI follow-up: Mette Jensen',
      '20271008 KPI follow-up: Mette Jensen',
      '20271108 KPI follow-up: Mette Jensen',
      '20271208 Next KPI review: Mette Jensen',
      '20271231 KPI deadline: CSAT\\, First reply time: Mette Jensen',
    ]);
    expect(made).toMatchObject({ fileName: 'kpi-follow-up.ics', events: 15, first: '2027-01-08', last: '2027-12-31' });
    expect(new Set(events.map((event) => event.UID)).size).toBe(events.length);
    expect(events[0].DESCRIPTION).toContain(escapeText(AGENDAS.monthly.en));
    expect(events[0].DESCRIPTION).toContain('CSAT\\, First reply time\\, Resolved cases');
  });

  it('keeps its UIDs from one export to the next, so a calendar updates rather than doubles', () => {
    const later = followUpCalendar(review(), { sheetName: 'KPI Review', now: new Date(NOW.getTime() + 86_400_000) }, 'en');
    const uids = (text: string) => parse(text).events.map((event) => event.UID);
    expect(later.ok && uids(later.calendar.text)).toEqual(uids(calendar(review()).text));
  });

  it('speaks Danish, with the weekly stand-up for a weekly cadence', () => {
    const made = calendar(review('Ugentligt'), 'da');
    const { events } = parse(made.text);
    expect(made.fileName).toBe('kpi-opfoelgning.ics');
    expect(events[0]).toMatchObject({ 'DTSTART;VALUE=DATE': '20261215', SUMMARY: 'KPI-opfølgning: Mette Jensen' });
    expect(events[0].DESCRIPTION).toContain(escapeText(AGENDAS.weekly.da));
    expect(events.filter((event) => event.SUMMARY.startsWith('KPI-opfølgning'))).toHaveLength(52);
  });

  it('asks for a review date or a period when there is neither', () => {
    const grid = review('Monthly', '').map((row) => (row[0] === 'Period' ? ['Period', ''] : row));
    expect(followUpCalendar(grid, { sheetName: 'KPI Review', now: NOW }, 'en')).toEqual({ ok: false, message: expect.stringContaining('review date') });
    expect(followUpCalendar([['x']], { sheetName: 'KPI Review', now: NOW }, 'da').ok).toBe(false);
  });
});

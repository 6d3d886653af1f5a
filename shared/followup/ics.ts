import type { Lang } from '../i18n/lang';
import { dayParts, type Day } from './days';

/**
 * An iCalendar file (RFC 5545) of all-day events, which every calendar imports: lines end in CRLF,
 * a line longer than 75 octets folds onto continuation lines that start with a space, text escapes
 * `\`, `;`, `,` and line breaks, and each event has a UID and a DTSTAMP. A stable UID lets a
 * calendar update an imported event rather than add it twice.
 */

export interface CalendarEvent {
  /** Unique within the calendar and stable from one export to the next. */
  readonly uid: string;
  readonly day: Day;
  readonly summary: string;
  readonly description: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon and comma escaped, each line break as `\n` (section 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** A character's length in UTF-8, counted by hand: Apps Script has no TextEncoder. */
function octets(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * A content line folded at 75 octets (section 3.1), never inside a character: a continuation line
 * starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const length = octets(character);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + length > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += length;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `20270108`, a DATE value. */
export function icsDate(day: Day): string {
  const { year, month, day: date } = dayParts(day);
  return `${year}${two(month)}${two(date)}`;
}

/** `20261208T141500Z`, a DATE-TIME in UTC, as DTSTAMP must be. */
export function icsStamp(date: Date): string {
  return `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

export interface CalendarMeta {
  /** When the file is made: every event's DTSTAMP. */
  readonly now: Date;
  /** The calendar's name, which some calendars show for the import. */
  readonly name: string;
  readonly lang: Lang;
}

/** The events as one iCalendar text, each all-day (DTEND the next day, as the RFC has it for DATE events). */
export function icsCalendar(events: readonly CalendarEvent[], meta: CalendarMeta): string {
  const stamp = icsStamp(meta.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//KPI Review//KPI Review//${meta.lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(meta.name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.day)}`,
      `DTEND;VALUE=DATE:${icsDate(event.day + 1)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      // An all-day reminder does not make the day busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

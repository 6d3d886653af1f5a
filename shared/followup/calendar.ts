import { column } from '../agreement/columns';
import { listedValueId } from '../agreement/normalize';
import { readReview } from '../agreement/review';
import { findTable, toGrid } from '../agreement/table';
import type { Lang, Localized } from '../i18n/lang';
import { fill } from '../i18n/fill';
import { addMonths, isoDay, readDay, type Day } from './days';
import { icsCalendar, type CalendarEvent } from './ics';
import { agreementPeriod, middleOf } from './period';
import { SANITY_QUESTIONS } from './checkin';

/**
 * The agreement's follow-up dates as a calendar, so the meetings are booked, as the guide's last
 * step asks: checkpoints at the agreed follow-up cadence from the review date, the mid-year sanity
 * check, each KPI deadline and the next review, each with a short agenda from the guide's meeting
 * rhythm.
 */

export interface FollowUpCalendar {
  readonly fileName: string;
  /** The .ics file's text. */
  readonly text: string;
  readonly events: number;
  /** First and last event day, ISO. */
  readonly first: string;
  readonly last: string;
}

type Step = { months: number } | { days: number };

/**
 * How far apart the checkpoints are, by the review's follow-up cadence. Daily becomes weekly: a
 * calendar invite for every day is noise, and the guide's shortest meeting is the weekly stand-up.
 * A yearly cadence has no checkpoint between reviews.
 */
const STEPS: Record<string, Step | undefined> = {
  daily: { days: 7 },
  weekly: { days: 7 },
  biweekly: { days: 14 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  yearly: undefined,
};

type Meeting = 'weekly' | 'monthly' | 'quarterly';
const MEETING_OF: Record<string, Meeting> = { daily: 'weekly', weekly: 'weekly', biweekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly' };

const TEXT = {
  calendarName: { en: 'KPI follow-up', da: 'KPI-opfølgning' },
  fileName: { en: 'kpi-follow-up.ics', da: 'kpi-opfoelgning.ics' },
  checkpoint: { en: 'KPI follow-up', da: 'KPI-opfølgning' },
  sanityCheck: { en: 'Mid-year sanity check of the KPIs', da: 'Midtvejstjek af KPI’erne' },
  deadline: { en: 'KPI deadline: {kpis}', da: 'KPI-deadline: {kpis}' },
  nextReview: { en: 'Next KPI review', da: 'Næste medarbejdersamtale om KPI’erne' },
  kpis: { en: 'KPIs: {kpis}.', da: 'KPI’er: {kpis}.' },
  sheet: { en: 'Agreement: the sheet “{sheet}”.', da: 'Aftalen: arket »{sheet}«.' },
  noStart: {
    en: 'Write the review date (or the period) in the review’s header: the follow-up dates count from it.',
    da: 'Skriv samtaledatoen (eller perioden) i samtalens hoved: opfølgningsdatoerne regnes fra den.',
  },
  noKpis: { en: 'There are no KPIs in an agreement table on this sheet.', da: 'Der er ingen KPI’er i en aftaletabel på dette ark.' },
} satisfies Record<string, Localized>;

/** Agendas after the guide's meeting rhythm. */
export const AGENDAS: Record<Meeting | 'sanityCheck' | 'deadline' | 'nextReview', Localized> = {
  weekly: {
    en: 'Weekly stand-up (15 min): status on the leading KPIs, obstacles, next steps.',
    da: 'Ugentlig stand-up (15 min.): status på de ledende KPI’er, forhindringer, næste skridt.',
  },
  monthly: {
    en: 'Monthly deep dive (60 min): the numbers against target, root causes of deviations, adjusted action plans. Record the check-in and the decision.',
    da: 'Månedlig deep dive (60 min.): tallene mod målet, årsager til afvigelser, justerede handlingsplaner. Registrér opfølgningen og beslutningen.',
  },
  quarterly: {
    en: 'Quarterly conversation (1-2 hours): review of all KPIs, learning and the parameters pay depends on.',
    da: 'Kvartalsvis samtale (1-2 timer): gennemgang af alle KPI’er, læring og de parametre, lønnen afhænger af.',
  },
  sanityCheck: {
    en: SANITY_QUESTIONS.map((question) => question.en).join('\n'),
    da: SANITY_QUESTIONS.map((question) => question.da).join('\n'),
  },
  deadline: {
    en: 'Is the target reached? Record the result and what was learnt; a missed KPI gets a post-mortem.',
    da: 'Er målet nået? Notér resultatet og læringen; en KPI, der ikke blev nået, får en post-mortem.',
  },
  nextReview: {
    en: 'Prepare: reread the strategy and the agreement, pull the latest data and check it, list the main deliveries, and propose adjustments for the next period.',
    da: 'Forbered: genlæs strategien og aftalen, træk de seneste data og verificér dem, list de vigtigste leverancer, og foreslå justeringer til næste periode.',
  },
};

export type Calendared = { ok: true; calendar: FollowUpCalendar } | { ok: false; message: string };

/** A short stable hash, so the UIDs of one agreement differ from another's and stay put between exports. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const character of text) h = Math.imul(h ^ (character.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The follow-up calendar of the agreement on `grid` (a review sheet's values). */
export function followUpCalendar(grid: unknown, meta: { sheetName: string; now: Date }, lang: Lang): Calendared {
  const rows = toGrid(grid);
  const table = findTable(rows, lang);
  const kpis = table?.rows.filter((row) => row.kpi.text !== '') ?? [];
  if (!table || kpis.length === 0) return { ok: false, message: TEXT.noKpis[lang] };
  const { header } = readReview(rows, table);
  const raw = (cell: { row: number; column: number } | undefined) => (cell ? rows[cell.row][cell.column] : undefined);
  const reviewDate = readDay(raw(header.reviewDate));
  const period = agreementPeriod(raw(header.period), reviewDate);
  const start = reviewDate ?? period?.start;
  if (start === undefined || !period) return { ok: false, message: TEXT.noStart[lang] };

  const employee = header.employee?.text ?? '';
  const named = (text: string) => (employee ? `${text}: ${employee}` : text);
  const uid = (kind: string, day: Day) => `${kind}-${isoDay(day)}-${hash(`${meta.sheetName}\u0000${employee}`)}@kpi-review`;
  const about = [fill(TEXT.kpis[lang], { kpis: kpis.map((row) => row.kpi.text).join(', ') }), fill(TEXT.sheet[lang], { sheet: meta.sheetName })].join('\n');
  const event = (kind: string, day: Day, summary: string, agenda: string): CalendarEvent =>
    ({ uid: uid(kind, day), day, summary: named(summary), description: `${agenda}\n\n${about}` });

  const nextReview = reviewDate === undefined ? period.end : addMonths(reviewDate, 12);
  const middle = middleOf(period);
  const cadence = listedValueId(column('cadence'), raw(header.followUp)) ?? 'monthly';
  const step = STEPS[cadence];
  const checkpoints = step ? stepsBetween(start, nextReview, step).filter((day) => day !== middle) : [];
  const meeting = AGENDAS[MEETING_OF[cadence] ?? 'monthly'][lang];

  const deadlines = new Map<Day, string[]>();
  for (const row of kpis) {
    const day = readDay(raw(row.deadline));
    if (day !== undefined && day > start) deadlines.set(day, [...(deadlines.get(day) ?? []), row.kpi.text]);
  }

  const events = [
    ...checkpoints.map((day) => event('checkpoint', day, TEXT.checkpoint[lang], meeting)),
    ...(middle > start && middle < nextReview ? [event('sanity-check', middle, TEXT.sanityCheck[lang], AGENDAS.sanityCheck[lang])] : []),
    ...[...deadlines].map(([day, names]) => event('deadline', day, fill(TEXT.deadline[lang], { kpis: names.join(', ') }), AGENDAS.deadline[lang])),
    event('next-review', nextReview, TEXT.nextReview[lang], AGENDAS.nextReview[lang]),
  ].sort((a, b) => a.day - b.day);

  const name = named(TEXT.calendarName[lang]);
  return {
    ok: true,
    calendar: {
      fileName: TEXT.fileName[lang],
      text: icsCalendar(events, { now: meta.now, name, lang }),
      events: events.length,
      first: isoDay(events[0].day),
      last: isoDay(events[events.length - 1].day),
    },
  };
}

/** Days `step` apart after `start`, before `end`; months count from `start`, so a 31st stays the month's last day. */
function stepsBetween(start: Day, end: Day, step: Step): Day[] {
  const days: Day[] = [];
  for (let k = 1; ; k++) {
    const day = 'months' in step ? addMonths(start, k * step.months) : start + k * step.days;
    if (day >= end) return days;
    days.push(day);
  }
}

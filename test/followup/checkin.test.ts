import { describe, expect, it } from 'vitest';
import { CHECKIN_LOG, MEETING_KINDS, checkInDraft, checkInRecord } from '../../shared/followup/checkin';
import { dayOf } from '../../shared/followup/days';
import { logSheetNames } from '../../shared/workbook';
import type { Localized } from '../../shared/i18n/lang';
import { EXAMPLE_KPIS, exampleReview, exampleTracking } from '../../shared/templates/example';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { templateValues } from '../../shared/templates/grid';
import { sheetRef, trackingLayout } from '../../shared/tracking/layout';
import type { TrackingSheetRead } from '../../shared/tracking/read';
import { review } from './review';

const context = (today = dayOf(2027, 3, 1), log?: unknown[][]) => ({ sheetName: 'KPI Review', today, ...(log ? { log } : {}) });
const header = CHECKIN_LOG.header('en');
const asRecord = (row: readonly unknown[]) => Object.fromEntries(header.map((name, i) => [name, row[i]]));

describe('a check-in', () => {
  it('shows each KPI with its numbers, status and trigger', () => {
    const draft = checkInDraft(review(), context(), 'en');
    expect(draft).toEqual({
      ok: true,
      value: {
        sheetName: 'KPI Review',
        day: '2027-03-01',
        kpis: [
          { kpi: 'CSAT', actual: 4.3, target: 4.4, status: 'Amber', pace: null, trigger: 'If the survey changes' },
          { kpi: 'First reply time', actual: 4.3, target: 4, status: 'Green', pace: null, trigger: '' },
        ],
      },
    });
  });

  it('appends one row per KPI, each comment beside the KPI it was written for', () => {
    const entry = { comments: [{ kpi: 'first reply time ', comment: ' Holiday cover ' }, { kpi: 'CSAT', comment: 'Up' }], decision: ' Keep the targets ', sanityCheck: false };
    const record = checkInRecord(review(), entry, context(), 'en');
    expect(record.ok).toBe(true);
    if (!record.ok) return;
    expect(record.value.map(asRecord)).toEqual([
      { Date: dayOf(2027, 3, 1), Meeting: 'Check-in', KPI: 'CSAT', Actual: 4.3, Target: 4.4, Status: 'Amber', Pace: '', 'Revisit if': 'If the survey changes', Comment: 'Up', Decision: 'Keep the targets', 'Review sheet': 'KPI Review' },
      { Date: dayOf(2027, 3, 1), Meeting: 'Check-in', KPI: 'First reply time', Actual: 4.3, Target: 4, Status: 'Green', Pace: '', 'Revisit if': '', Comment: 'Holiday cover', Decision: 'Keep the targets', 'Review sheet': 'KPI Review' },
    ]);
    expect(record.value.every((row) => row.length === header.length)).toBe(true);
  });

  it('records the mid-year sanity check as its kind of meeting, in the language asked', () => {
    const record = checkInRecord(review(), { comments: [], decision: '', sanityCheck: true }, context(), 'da');
    expect(record.ok && record.value[0][1]).toBe(MEETING_KINDS.sanityCheck.da);
  });

  it('proposes the sanity check from the middle of the period to its end, once', () => {
    expect(draftOf(dayOf(2027, 7, 1))).toBeUndefined();
    expect(draftOf(dayOf(2027, 7, 2))).toEqual({ from: '2027-07-02' });
    expect(draftOf(dayOf(2028, 1, 1))).toBeUndefined();
    const held = [header, [dayOf(2027, 8, 15), 'Midtvejstjek', 'CSAT', 4, 4.4, '', '', '', '', '', 'KPI Review'], [dayOf(2027, 9, 1), 'Mid-year sanity check', 'CSAT', 4, 4.4, '', '', '', '', '', 'Other review']];
    expect(draftOf(dayOf(2027, 10, 1), held)).toEqual({ from: '2027-07-02', done: '2027-08-15' });
  });

  it('takes the twelve months from the review date when the period names none', () => {
    const draft = checkInDraft(review('this year'), context(dayOf(2027, 6, 8)), 'en');
    expect(draft.ok && draft.value.sanityCheck).toEqual({ from: '2027-06-08' });
  });

  it('refuses a sheet without KPIs and the log sheets themselves', () => {
    expect(checkInDraft([['nothing']], context(), 'da')).toEqual({ ok: false, message: expect.stringContaining('aftaletabel') });
    for (const sheetName of [...logSheetNames(CHECKIN_LOG, 'en'), 'Agreement history']) {
      expect(checkInRecord(review(), { comments: [], decision: '', sanityCheck: false }, { sheetName, today: 1 }, 'en').ok).toBe(false);
    }
  });
});

/**
 * A tracking sheet with a block per KPI named, as a host reads it back: the layout's formulas, and
 * as values each block's name and the given latest pace (the fake does not calculate the rest).
 * The blocks' names link to rows of `reviewSheetName`, as "Track this agreement" writes them.
 */
function trackingRead(paces: Record<string, unknown>, reviewSheetName = 'KPI Review', sheetName = 'KPI tracking') {
  const kpis = Object.keys(paces).map((name, i) => ({ reviewRow: 5 + i, name, nameRef: `${sheetRef(reviewSheetName)}A${6 + i}`, cumulative: true }));
  const layout = trackingLayout(kpis, { months: 12 }, { lang: 'en', reviewSheetName, today: { year: 2027, month: 1 }, sheetName });
  const formulas = templateValues(layout.spec, 'excel');
  const shown = new Map(layout.blocks.flatMap((block) => [
    [`${block.summary.name.row},${block.summary.name.column}`, block.kpiName],
    [`${block.summary.latestPace.row},${block.summary.latestPace.column}`, paces[block.kpiName]],
  ]));
  const values = formulas.map((row, r) => row.map((cell, c) => shown.get(`${r},${c}`) ?? (String(cell).startsWith('=') ? '' : cell)));
  const read: TrackingSheetRead = { sheetName, values, formulas };
  /** The pace the block of `kpi` shows, where the layout put it. */
  const paceAt = (kpi: string) => {
    const { latestPace } = layout.blocks.find((block) => block.kpiName === kpi)!.summary;
    return values[latestPace.row][latestPace.column];
  };
  return { read, paceAt };
}

const pacesOf = (tracking: TrackingSheetRead[]) => {
  const draft = checkInDraft(review(), { ...context(), tracking }, 'en');
  if (!draft.ok) throw new Error(draft.message);
  return Object.fromEntries(draft.value.kpis.map((kpi) => [kpi.kpi, kpi.pace]));
};

describe('the pace of a check-in', () => {
  it('is the latest pace on the KPI’s tracking block', () => {
    const { read, paceAt } = trackingRead({ CSAT: 0.92, 'First reply time': 1.15 });
    expect(pacesOf([read])).toEqual({ CSAT: paceAt('CSAT'), 'First reply time': paceAt('First reply time') });
  });

  it('is blank for a KPI without a block', () => {
    const { read } = trackingRead({ CSAT: 0.92 });
    expect(pacesOf([read])['First reply time']).toBeNull();
  });

  it('is blank where the block’s pace is blank or not a number', () => {
    const { read } = trackingRead({ CSAT: '', 'First reply time': 'n/a' });
    expect(pacesOf([read])).toEqual({ CSAT: null, 'First reply time': null });
  });

  it('comes from the block of this review’s tracking sheet before another review’s KPI of the same name', () => {
    const theirs = trackingRead({ CSAT: 0.5 }, 'Other review', 'KPI tracking');
    const ours = trackingRead({ CSAT: 0.92 }, 'KPI Review', 'KPI tracking (2)');
    expect(pacesOf([theirs.read, ours.read]).CSAT).toBe(ours.paceAt('CSAT'));
  });

  it('goes into the log’s Pace column, blank for a KPI without one', () => {
    const { read, paceAt } = trackingRead({ CSAT: 0.92 });
    const record = checkInRecord(review(), { comments: [], decision: '', sanityCheck: false }, { ...context(), tracking: [read] }, 'en');
    expect(record.ok && record.value.map((row) => asRecord(row).Pace)).toEqual([paceAt('CSAT'), '']);
  });
});

function draftOf(today: number, log?: unknown[][]) {
  const draft = checkInDraft(review(), context(today, log), 'en');
  return draft.ok ? draft.value.sanityCheck : 'refused';
}

describe.each(['en', 'da'] as const)('a check-in on the worked example (%s)', (lang) => {
  it('shows the trigger of each KPI from the review\'s Revisit if column beside its numbers', () => {
    const spec = exampleReview(lang);
    // The review reads its actuals from the example's tracking sheet.
    const book = PlaygroundWorkbook.withSheets([spec, exampleTracking(lang)]);
    const draft = checkInDraft(book.values(spec.sheetName), { sheetName: spec.sheetName, today: dayOf(2027, 3, 1) }, lang);
    book.destroy();
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.value.kpis.map((kpi) => [kpi.kpi, kpi.actual, kpi.trigger])).toEqual(EXAMPLE_KPIS.map((entry) => [
      (entry.kpi as Localized)[lang], entry.actual, (entry.trigger as Localized)[lang],
    ]));
    expect(draft.value.kpis.every((kpi) => kpi.trigger !== '')).toBe(true);
  });
});

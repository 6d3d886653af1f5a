import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { TRACKING_MESSAGES, isTrackingSheetName, planTracking, trackedReviewRows, type TrackingPlan } from '../../shared/tracking/plan';
import { readAgreement } from '../../shared/validator';
import { applyPlan, existingSheet, KPIS, reviewBook } from './helpers';

describe.each(LANGS)('tracking an agreement again (%s)', (lang) => {
  it('adds blocks for new KPIs only, below the others, and never touches a typed actual', () => {
    const { book, review, options, agreement } = reviewBook(lang);
    const first = planTracking(agreement(), options) as TrackingPlan;
    applyPlan(book, review, first);
    const sheet = first.layout.sheetName;
    const [block] = first.layout.blocks;
    const typedAt = { row: block.periodFirstRow, column: block.columns.actual };
    book.setInput(sheet, typedAt, '187');
    const before = book.values(sheet);

    book.setInput(review, { row: 13, column: 1 }, lang === 'en' ? 'CSAT' : 'CSAT-score');
    const again = planTracking(agreement(), options, [existingSheet(book, sheet)]) as TrackingPlan;
    expect(again.create).toBe(false);
    expect(again.kept).toBe(2);
    expect(again.added.map((added) => added.reviewRow)).toEqual([13]);
    expect(again.layout.startRow).toBe(before.length);
    expect(again.added[0].kpiRow).toBe(before.length + 1);
    expect(again.message[lang]).toContain('CSAT');
    const added = lang === 'en' ? 'CSAT' : 'CSAT-score';
    expect(again.message.en).toBe(`Added 1 KPI block to “${sheet}” (“${added}”); the 2 KPIs already tracked kept their blocks and actuals.`);
    expect(again.message.da).toBe(`Tilføjede 1 KPI-blok i »${sheet}« (»${added}«); de 2 KPI’er, der allerede følges op på, beholdt deres blokke og faktiske tal.`);
    applyPlan(book, review, again);

    expect(book.values(sheet).slice(0, before.length)).toEqual(before);
    expect(book.value(sheet, typedAt)).toBe(187);
    expect(trackedReviewRows(existingSheet(book, sheet), review)).toEqual([11, 12, 13]);
    // Only the new KPI's review cells were linked.
    expect(new Set(again.reviewLinks.map((link) => link.row))).toEqual(new Set([13]));
  });

  it('says nothing changed when every KPI has its block', () => {
    const { book, review, options, agreement } = reviewBook(lang);
    const first = planTracking(agreement(), options) as TrackingPlan;
    applyPlan(book, review, first);
    const again = planTracking(agreement(), options, [existingSheet(book, first.layout.sheetName)]) as TrackingPlan;
    expect(again.added).toEqual([]);
    expect(again.layout.spec.cells).toEqual([]);
    expect(again.reviewLinks).toEqual([]);
    const sheet = TRACKING_SHEET_NAME[lang];
    expect(again.message.en).toBe(`All 2 KPIs already have a block in “${sheet}”; nothing was changed.`);
    expect(again.message.da).toBe(`Alle 2 KPI’er har allerede en blok i »${sheet}«; intet er ændret.`);
  });

  it('makes a sheet of its own when the tracking sheet there follows another review', () => {
    const { options, agreement } = reviewBook(lang);
    const other = { sheetName: TRACKING_SHEET_NAME[lang], formulas: [["=T('Other review'!B12)"]] };
    const plan = planTracking(agreement(), options, [other]) as TrackingPlan;
    expect(plan.create).toBe(true);
    expect(plan.layout.sheetName).toBe(`${TRACKING_SHEET_NAME[lang]} (2)`);
  });

  it('refuses a sheet without an agreement, an agreement without named KPIs, and a tracking sheet', () => {
    const { options } = reviewBook(lang);
    expect(planTracking(readAgreement([['Hello']]), options)).toEqual({ ok: false, message: TRACKING_MESSAGES.noTable });
    const unnamed = reviewBook(lang, KPIS.map(({ kpi: _kpi, ...rest }) => rest));
    expect(planTracking(unnamed.agreement(), unnamed.options)).toEqual({ ok: false, message: TRACKING_MESSAGES.noKpis });
    expect(planTracking(readAgreement([]), { ...options, reviewSheetName: TRACKING_SHEET_NAME[lang] }).message).toBe(TRACKING_MESSAGES.onTracking);
  });
});

it('knows a tracking sheet by its name in either language', () => {
  expect(['KPI tracking', 'KPI-opfølgning', 'KPI tracking (3)'].map(isTrackingSheetName)).toEqual([true, true, true]);
  expect(['KPI Review', 'KPI tracking 3', 'Old KPI tracking'].map(isTrackingSheetName)).toEqual([false, false, false]);
});

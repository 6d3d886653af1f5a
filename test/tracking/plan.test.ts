import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { trackingTemplate } from '../../shared/templates/tracking';
import { SUMMARY_LABELS, TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { findTrackingBlocks } from '../../shared/tracking/read';
import { TRACKING_MESSAGES, isTrackingSheetName, planTracking, trackedReviewRows, type TrackingPlan } from '../../shared/tracking/plan';
import { readAgreement } from '../../shared/validator';
import { cellAddress } from '../../shared/workbook';
import { applyPlan, existingSheet, KPIS, reviewBook, TODAY } from './helpers';

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

  it('adds its blocks to a blank template inserted before, keeping what was typed there', () => {
    const { book, review, options, agreement } = reviewBook(lang);
    const sheet = book.addTemplate(trackingTemplate(lang, TODAY));
    const labelRows = book.values(sheet).flatMap((row, index) => (row[0] === SUMMARY_LABELS[0][lang] ? [index] : []));
    const cases = KPIS[0].kpi as { en: string; da: string };
    // The user named two of its blocks, one as the review's first KPI, and typed an actual in each.
    book.setInput(sheet, { row: labelRows[0] - 1, column: 0 }, 'Team NPS');
    book.setInput(sheet, { row: labelRows[1] - 1, column: 0 }, cases[lang]);
    const [nps, typedCases] = findTrackingBlocks({ sheetName: sheet, values: book.values(sheet) });
    for (const block of [nps, typedCases]) book.setInput(sheet, { row: block.periodFirstRow, column: block.columns.actual }, '42');
    const before = book.values(sheet);

    const plan = planTracking(agreement(), options, [existingSheet(book, sheet)]) as TrackingPlan;
    expect(plan.create).toBe(false);
    expect(plan.layout.sheetName).toBe(sheet);
    expect(plan.kept).toBe(1);
    expect(plan.added.map((block) => block.kpiName)).toEqual([(KPIS[1].kpi as { en: string; da: string })[lang]]);
    expect(plan.layout.startRow).toBe(before.length);
    // The review links both: the block typed with its first KPI's name too (a review Excel inserted
    // before the sheet has no lookup by name).
    const actual = agreement().table!.columns.actual!;
    const linkOf = (row: number) => plan.reviewLinks.find((link) => link.row === row && link.column === actual)?.formula;
    expect(linkOf(11)).toContain(`!${cellAddress(typedCases.summary.latestActual.row, typedCases.summary.latestActual.column)}`);
    expect(linkOf(12)).toContain(`!${cellAddress(plan.added[0].summary.latestActual.row, plan.added[0].summary.latestActual.column)}`);
    applyPlan(book, review, plan);

    expect(book.sheetNames()).toEqual([review, sheet]);
    expect(book.values(sheet).slice(0, before.length)).toEqual(before);
    expect(book.value(review, { row: 11, column: actual })).toBe(42);
    const [added] = plan.added;
    book.setInput(sheet, { row: added.periodFirstRow, column: added.columns.actual }, '5');
    expect(book.value(review, { row: 12, column: actual })).toBe(5);
    expect(findTrackingBlocks({ sheetName: sheet, values: book.values(sheet) })).toHaveLength(3);

    // A second run finds both KPIs tracked and leaves everything as it is.
    const again = planTracking(agreement(), options, [existingSheet(book, sheet)]) as TrackingPlan;
    expect([again.added, again.reviewLinks, again.kept]).toEqual([[], [], 2]);
  });

  it('links the review to the template\'s blocks when every KPI has one named so', () => {
    const { book, review, options, agreement } = reviewBook(lang);
    const sheet = book.addTemplate(trackingTemplate(lang, TODAY));
    const labelRows = book.values(sheet).flatMap((row, index) => (row[0] === SUMMARY_LABELS[0][lang] ? [index] : []));
    KPIS.forEach((entry, i) => book.setInput(sheet, { row: labelRows[i] - 1, column: 0 }, (entry.kpi as { en: string; da: string })[lang]));
    const plan = planTracking(agreement(), options, [existingSheet(book, sheet)]) as TrackingPlan;
    expect([plan.create, plan.added, plan.kept]).toEqual([false, [], 2]);
    expect(new Set(plan.reviewLinks.map((link) => link.row))).toEqual(new Set([11, 12]));
    expect(plan.message.en).toBe(`All 2 KPIs have a block named so in “${sheet}”; the review’s Actual and Baseline now come from them.`);
    expect(plan.message.da).toBe(`Alle 2 KPI’er har en blok med deres navn i »${sheet}«; samtalearkets Faktisk og Baseline hentes nu derfra.`);
    applyPlan(book, review, plan);
    const [block] = findTrackingBlocks({ sheetName: sheet, values: book.values(sheet) });
    book.setInput(sheet, { row: block.periodFirstRow + 1, column: block.columns.actual }, '211');
    expect(book.value(review, { row: 11, column: agreement().table!.columns.actual! })).toBe(211);
  });

  it('says where the blocks went when the template there had none of its KPIs', () => {
    const { book, options, agreement } = reviewBook(lang);
    const sheet = book.addTemplate(trackingTemplate(lang, TODAY));
    const plan = planTracking(agreement(), options, [existingSheet(book, sheet)]) as TrackingPlan;
    expect([plan.create, plan.kept, plan.added.length]).toEqual([false, 0, 2]);
    // The KPIs' names as the review has them, in either language's message.
    const [cases, reply] = KPIS.map((entry) => (entry.kpi as { en: string; da: string })[lang]);
    expect(plan.message.en).toBe(`Added 2 KPI blocks to “${sheet}” (“${cases}”, “${reply}”) below its blocks; the review’s Actual and Baseline now come from them.`);
    expect(plan.message.da).toBe(`Tilføjede 2 KPI-blokke i »${sheet}« (»${cases}«, »${reply}«) under arkets blokke; samtalearkets Faktisk og Baseline hentes nu derfra.`);
  });

  it('makes a sheet of its own beside a sheet of the tracking name that this layout did not write', () => {
    const { options, agreement } = reviewBook(lang);
    const notes = { sheetName: TRACKING_SHEET_NAME[lang], formulas: [['My notes'], [''], ['First month', 46023]] };
    const plan = planTracking(agreement(), options, [notes]) as TrackingPlan;
    expect(plan.create).toBe(true);
    expect(plan.layout.sheetName).toBe(`${TRACKING_SHEET_NAME[lang]} (2)`);
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

import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_SHEET_NAME } from '../../shared/history';
import { exampleReview, exampleTracking } from '../../shared/templates';
import { validateAgreement } from '../../shared/validator';
import { playgroundBridge, type PlaygroundHost } from '../../playground/bridge';
import type { Position } from '../../playground/workbook';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { CHECKIN_LOG, CHECKIN_SHEET_NAME } from '../../shared/followup/checkin';
import { KPIS, reportedBook } from '../tracking/helpers';

let workbook: PlaygroundWorkbook;
afterEach(() => workbook?.destroy());

function setUp(lang: 'en' | 'da' = 'en') {
  workbook = PlaygroundWorkbook.withSheets([exampleReview(lang), exampleTracking(lang)]);
  const selected: { sheet: string; at: Position }[] = [];
  const host: PlaygroundHost = {
    workbook,
    grid: { select: (sheet, at) => selected.push({ sheet, at }) },
    language: () => lang,
    now: () => new Date(2026, 11, 8, 14, 5),
  };
  return { bridge: playgroundBridge(host), selected };
}

describe('the playground bridge', () => {
  it('answers the pane\'s language with the workbook\'s', async () => {
    expect(await setUp('da').bridge.language()).toBe('da');
  });

  it('finds nothing to report on the example review, as in Excel', async () => {
    const { bridge } = setUp();
    const { sheetName, findings } = await bridge.validateActiveSheet('en');
    expect(sheetName).toBe(exampleReview('en').sheetName);
    expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('validates what the user typed: a blank owner is an error at its cell', async () => {
    const { bridge } = setUp();
    const grid = workbook.values(workbook.activeSheet);
    const header = grid.findIndex((row) => row.includes('Owner'));
    const column = grid[header].indexOf('Owner');
    workbook.setInput(workbook.activeSheet, { row: header + 2, column }, '');
    const { findings } = await bridge.validateActiveSheet('en');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'owner', severity: 'error', row: header + 2, column }));
    expect(findings).toEqual(validateAgreement(workbook.values(workbook.activeSheet), { lang: 'en' }));
  });

  it('inserts a template as a new active sheet', async () => {
    const { bridge } = setUp('da');
    const { sheetName } = await bridge.insertTemplate('checklist', 'da');
    expect(workbook.activeSheet).toBe(sheetName);
    expect(workbook.sheetNames()).toHaveLength(3);
  });

  it('selects a finding\'s cell in the grid', async () => {
    const { bridge, selected } = setUp();
    await bridge.selectCell(exampleTracking('en').sheetName, 5, 2);
    expect(selected).toEqual([{ sheet: exampleTracking('en').sheetName, at: { row: 5, column: 2 } }]);
  });

  it('rejects, in the user\'s language, a sheet that is gone or a position that is no cell', async () => {
    const { bridge, selected } = setUp('da');
    await expect(bridge.selectCell('Væk', 0, 0)).rejects.toThrow('Der er ikke længere et ark med navnet »Væk«.');
    await expect(bridge.selectCell(workbook.activeSheet, -1, 0)).rejects.toThrow('Ikke en celle: række -1, kolonne 0.');
    expect(selected).toEqual([]);
  });

  it('saves a version: one history row per KPI, stamped with the time and reason', async () => {
    const { bridge } = setUp();
    const result = await bridge.saveVersion('Targets agreed', 'en');
    expect(result).toEqual({ sheetName: HISTORY_SHEET_NAME.en, rows: 4 });
    const history = workbook.values(HISTORY_SHEET_NAME.en);
    expect(history.slice(1).map((row) => row.slice(0, 3))).toEqual(Array(4).fill(['2026-12-08 14:05', 'Targets agreed', 'KPI Review']));
    expect(workbook.activeSheet).toBe('KPI Review');
  });

  it('refuses to save a sheet without an agreement table, with the core\'s message', async () => {
    const { bridge } = setUp();
    workbook.activate(exampleTracking('en').sheetName);
    await expect(bridge.saveVersion('x', 'en')).rejects.toThrow('There is no KPI agreement table on this sheet to save.');
  });
});

describe('the pace of a check-in in the playground', () => {
  /** A reported review and its tracking sheet, calculated by the playground itself. */
  function reported() {
    const made = reportedBook('en');
    workbook = made.book;
    const host: PlaygroundHost = { workbook, grid: { select: () => undefined }, language: () => 'en', now: () => new Date(2027, 2, 1, 12) };
    return { ...made, bridge: playgroundBridge(host) };
  }

  it('shows each KPI’s latest pace from its tracking block in the draft', async () => {
    const { bridge, paceOf } = reported();
    const [quantity, quality] = (await bridge.checkInDraft('en')).kpis;
    expect(typeof paceOf(quantity.kpi)).toBe('number');
    expect(quantity.pace).toBe(paceOf(quantity.kpi));
    expect(quality.pace).toBeNull();
  });

  it('writes each KPI’s pace into its row of the log, blank where its block has none', async () => {
    const { bridge, review, paceOf } = reported();
    await bridge.checkIn(review, { comments: [], decision: '', sanityCheck: false }, 'en');
    const pace = CHECKIN_LOG.header('en').indexOf('Pace');
    const kpis = KPIS.map((entry) => (entry.kpi as { en: string }).en);
    const rows = workbook.values(CHECKIN_SHEET_NAME.en).slice(1, 1 + kpis.length);
    expect(rows.map((row) => [row[2], row[pace] ?? ''])).toEqual(kpis.map((kpi) => [kpi, paceOf(kpi) ?? '']));
  });
});

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { callFunction, FUNCTIONS } from '../../shared/functions/registry';
import { hostFunctionName } from '../../shared/functions/names';
import { loadCode, type CodeScope } from './code';
import { fakeAppsScript } from './fakes';

/** What a call threw, read across the vm boundary. */
function thrown(call: () => unknown): { isError: boolean; message: string } {
  try {
    call();
  } catch (error) {
    return { isError: Object.prototype.toString.call(error) === '[object Error]', message: (error as Error).message };
  }
  throw new Error('the call did not throw');
}

// No Apps Script globals at all: the custom functions must not need any.
const code: CodeScope = loadCode();

describe('Code.js custom functions, as Sheets calls them', () => {
  it('declares every registry function as KPI_<ID>', () => {
    for (const spec of FUNCTIONS) expect(typeof code[hostFunctionName(spec.id, 'sheets')]).toBe('function');
  });

  it('KPI_RAG gives Green, Amber and Red for single values, with optional arguments omitted or blank', () => {
    expect(code.KPI_RAG(100, 100)).toBe('Green');
    expect(code.KPI_RAG(95, 100)).toBe('Amber');
    expect(code.KPI_RAG(80, 100, '', '')).toBe('Red');
    expect(code.KPI_RAG(80, 100, 0.25)).toBe('Amber');
    expect(code.KPI_RAG(95, 100, undefined, ' LAVERE ')).toBe('Green');
  });

  it('KPI_RAG spills over a range, blank rows ("") staying blank', () => {
    expect(code.KPI_RAG([[95], [''], [120]], [[100], [100], [100]])).toEqual([['Amber'], [''], ['Green']]);
    expect(code.KPI_RAG([[95]], [[100]])).toBe('Amber');
  });

  it('throws an Error starting with the code for a single bad value', () => {
    const error = thrown(() => code.KPI_RAG('n/a', 100));
    expect(error.isError).toBe(true);
    expect(error.message).toBe('#VALUE! actual: "n/a" is not a number');
    expect(thrown(() => code.KPI_RAG(95, 100, 2)).message).toMatch(/^#NUM! tolerance: .*10% or 0\.1/);
    expect(thrown(() => code.KPI_RAG(95, 100, 0.1, 'up')).message).toMatch(/^#VALUE! direction: "up"/);
  });

  it('keeps the good elements of an array and writes the error text into the bad one', () => {
    expect(code.KPI_RAG([[95], ['n/a'], [100]], 100)).toEqual([
      ['Amber'],
      ['#VALUE! actual (row 2, column 1): "n/a" is not a number'],
      ['Green'],
    ]);
    const attainment = code.KPI_ATTAINMENT([[120, 50]], [[100, 0]]) as unknown[][];
    expect(attainment[0][0]).toBeCloseTo(1.2, 12);
    expect(attainment[0][1]).toMatch(/^#DIV\/0! target is 0/);
  });

  it('a shape mismatch between ranges is one #VALUE! error, thrown', () => {
    expect(thrown(() => code.KPI_RAG([[1], [2]], [[1, 2]])).message).toMatch(/^#VALUE! target: a 1x2 range does not match the 2x1 range of actual/);
  });

  it('KPI_ATTAINMENT in both directions, #DIV/0! on a zero target', () => {
    expect(code.KPI_ATTAINMENT(120, 100)).toBeCloseTo(1.2, 12);
    expect(code.KPI_ATTAINMENT(80, 100, 'lower')).toBeCloseTo(1.2, 12);
    expect(code.KPI_ATTAINMENT('', 100)).toBe('');
    expect(thrown(() => code.KPI_ATTAINMENT(5, 0)).message).toMatch(/^#DIV\/0! /);
  });

  it('KPI_HITRATE sums ranges of any shape, ignoring blanks', () => {
    expect(code.KPI_HITRATE([[1, ''], [2, '']], [[4, 4], ['', '']])).toBeCloseTo(3 / 8, 12);
    expect(code.KPI_HITRATE([['']], [['']])).toBe('');
    expect(thrown(() => code.KPI_HITRATE(0, [[0], ['']])).message).toMatch(/^#DIV\/0! /);
    expect(thrown(() => code.KPI_HITRATE(5, 4)).message).toMatch(/^#NUM! /);
    expect(thrown(() => code.KPI_HITRATE(-1, 4)).message).toMatch(/^#NUM! /);
  });

  it('KPI_BASELINE: mean or median of the last usable periods, one-off events excluded', () => {
    const values = [[10], [20], [''], [30], [1000]];
    expect(code.KPI_BASELINE(values, '', '', [[''], [''], [''], [''], ['Black Friday']])).toBe(20);
    expect(code.KPI_BASELINE(values, 2, 'median', [[false], [0], [''], [''], ['x']])).toBe(25);
    expect(code.KPI_BASELINE([[10, 20, 30]], 12, 'median')).toBe(20);
    expect(thrown(() => code.KPI_BASELINE([[''], ['']])).message).toMatch(/^#N\/A /);
    expect(thrown(() => code.KPI_BASELINE([[1, 2], [3, 4]])).message).toMatch(/^#VALUE! values: /);
    expect(thrown(() => code.KPI_BASELINE([[1], [2]], 0)).message).toMatch(/^#NUM! periods: /);
    expect(thrown(() => code.KPI_BASELINE([[1], [2]], 12, 'mean', [[1, 2]])).message).toMatch(/^#VALUE! exclude: /);
  });

  it('KPI_ROLLING spills the shape of values', () => {
    expect(code.KPI_ROLLING([[10], [20], [''], [30]], 2)).toEqual([[''], [15], [''], [25]]);
    expect(code.KPI_ROLLING([[10, 20, 30]], 2)).toEqual([['', 15, 25]]);
  });

  it('KPI_YOY: blank in the first year, error text only where last year was 0', () => {
    const result = code.KPI_YOY([[100], [0], [110], [5], [121]], 2) as unknown[][];
    expect(result.map((row) => row.length)).toEqual([1, 1, 1, 1, 1]);
    expect(result[0][0]).toBe('');
    expect(result[1][0]).toBe('');
    expect(result[2][0]).toBeCloseTo(0.1, 12);
    expect(result[3][0]).toMatch(/^#DIV\/0! values \(row 4, column 1\)/);
    expect(result[4][0]).toBeCloseTo(0.1, 12);
  });

  it('KPI_TREND: the slope per period, #N/A below two values', () => {
    expect(code.KPI_TREND([[1], [3], [5]])).toBeCloseTo(2, 12);
    // Position in the range counts, blanks included: 1 at 0 and 5 at 2 rise 2 a period.
    expect(code.KPI_TREND([[1], [''], [5]])).toBeCloseTo(2, 12);
    expect(code.KPI_TREND([[1], [3], [5], [100]], 3)).toBeCloseTo(48.5, 12);
    expect(thrown(() => code.KPI_TREND([[7], ['']])).message).toMatch(/^#N\/A /);
    expect(thrown(() => code.KPI_TREND([[1], [2]], 1)).message).toMatch(/^#NUM! periods: /);
  });

  it('KPI_PACE and KPI_SCORE, as the round-2 contract says', () => {
    expect(code.KPI_PACE(400000, 1200000, 0.25)).toBeCloseTo(4 / 3, 12);
    expect(thrown(() => code.KPI_PACE(1, 1, 2)).message).toMatch(/^#NUM! elapsed: /);
    expect(code.KPI_SCORE([[1.2], [0.8], ['']], [[1], [1], [5]])).toBe(1);
    expect(code.KPI_SCORE([['']], [['']])).toBe('');
    expect(thrown(() => code.KPI_SCORE([[1]], [[-1]])).message).toMatch(/^#NUM! weights/);
  });

  it('KPI_RAG: "mål" as the direction, Danish words on request', () => {
    expect(code.KPI_RAG(80, 100, 0.1, 'mål')).toBe('Amber');
    expect(code.KPI_RAG([[100], [95]], 100, '', '', 'da')).toEqual([['Grøn'], ['Gul']]);
  });

  it('reads a date as the serial number Excel would pass, in the runtime\'s zone without a spreadsheet', () => {
    // A Date of the script's own realm, as Sheets would hand over: local midnight of 2026-01-31.
    const date = vm.runInContext('new Date(2026, 0, 31)', code);
    expect(code.KPI_ATTAINMENT(date, 46053)).toBe(1);
    const invalid = vm.runInContext('new Date(NaN)', code);
    expect(thrown(() => code.KPI_RAG(invalid, 100)).message).toBe('#VALUE! actual: an invalid date is not a number');
  });
});

describe('Code.js custom function messages in the spreadsheet\'s language', () => {
  it('speaks Danish in a spreadsheet whose locale is Danish, in thrown errors and inside arrays', () => {
    const danish = loadCode(fakeAppsScript({ spreadsheetLocale: 'da_DK' }).globals);
    expect(thrown(() => danish.KPI_RAG('n/a', 100)).message).toBe('#VALUE! actual: "n/a" er ikke et tal');
    expect(danish.KPI_RAG([[95], ['x']], 100)).toEqual([['Amber'], ['#VALUE! actual (række 2, kolonne 1): "x" er ikke et tal']]);
  });

  it('follows the spreadsheet, not the user: a Danish user in an English spreadsheet reads English', () => {
    const apps = fakeAppsScript({ locale: 'da', spreadsheetLocale: 'en_GB' });
    expect(thrown(() => loadCode(apps.globals).KPI_RAG('n/a', 100)).message).toBe('#VALUE! actual: "n/a" is not a number');
    expect(apps.recorder.calls.map((call) => call.method)).not.toContain('getActiveUserLocale');
  });

  it('falls back to English when the spreadsheet cannot be read', () => {
    const refusing = loadCode({ SpreadsheetApp: { getActiveSpreadsheet: () => { throw new Error('You do not have permission'); } } });
    expect(thrown(() => refusing.KPI_RAG('n/a', 100)).message).toBe('#VALUE! actual: "n/a" is not a number');
  });

  it('asks the spreadsheet once per call, and only when there is an error to word or a date to read', () => {
    const apps = fakeAppsScript({ spreadsheetLocale: 'da_DK' });
    const scope = loadCode(apps.globals);
    expect(scope.KPI_RAG([[95], [100]], 100)).toEqual([['Amber'], ['Green']]);
    expect(apps.recorder.calls).toEqual([]);
    scope.KPI_RAG([['x'], ['y'], ['z']], 100);
    expect(apps.recorder.calls.map((call) => call.method)).toEqual(['getActiveSpreadsheet', 'getSpreadsheetLocale']);
  });
});

/** The instant Sheets hands over for a cell showing `wall` (Y, M, D, h, m) in a zone `offset` hours from UTC. */
const sheetsDate = (scope: CodeScope, offset: number, ...wall: [number, number, number, number, number]) =>
  vm.runInContext(`new Date(${Date.UTC(...wall) - offset * 3_600_000})`, scope) as Date;

describe('Code.js reads date, time and duration cells in the spreadsheet\'s time zone', () => {
  // Copenhagen is UTC+1 in winter (and was in 1899); New York UTC-5 (EST, also in 1899).
  const zones = [
    { zone: 'Europe/Copenhagen', offset: 1 },
    { zone: 'America/New_York', offset: -5 },
  ];

  it.each(zones)('$zone: a date is its Excel serial, whatever the runtime\'s own zone', ({ zone, offset }) => {
    const scope = loadCode(fakeAppsScript({ timeZone: zone }).globals);
    // 2026-01-31 is serial 46053 in Excel.
    expect(scope.KPI_ATTAINMENT(sheetsDate(scope, offset, 2026, 0, 31, 0, 0), 46053)).toBe(1);
    expect(scope.KPI_ROLLING([[sheetsDate(scope, offset, 2026, 0, 31, 0, 0)], [sheetsDate(scope, offset, 2026, 1, 1, 12, 0)]], 2))
      .toEqual([[''], [46053.75]]);
  });

  it.each(zones)('$zone: a response time of 4:30 compares with 4:00 as in Excel', ({ zone, offset }) => {
    const apps = fakeAppsScript({ timeZone: zone });
    const scope = loadCode(apps.globals);
    const [late, goal] = [sheetsDate(scope, offset, 1899, 11, 30, 4, 30), sheetsDate(scope, offset, 1899, 11, 30, 4, 0)];
    // Excel passes 4:30 as 0.1875 and 4:00 as 1/6: 12.5 % over a lower-is-better target.
    expect(scope.KPI_RAG(late, goal, 0.2, 'lower')).toBe(callFunction('RAG', 0.1875, 4 / 24, 0.2, 'lower'));
    expect(scope.KPI_RAG(late, goal, 0.2, 'lower')).toBe('Amber');
    expect(scope.KPI_ATTAINMENT(late, goal, 'lower')).toBe(callFunction('ATTAINMENT', 0.1875, 4 / 24, 'lower'));
    expect(apps.recorder.calls.filter((call) => call.method === 'getSpreadsheetTimeZone')).toHaveLength(3);
  });
});

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions/registry';
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

  it('a date where a number is wanted is #VALUE!', () => {
    // A Date of the script's own realm, as Sheets would hand over.
    const date = vm.runInContext('new Date(Date.UTC(2026, 0, 31))', code);
    expect(thrown(() => code.KPI_RAG(date, 100)).message).toBe('#VALUE! actual: 2026-01-31 is not a number');
  });
});

describe('Code.js custom function messages in the user\'s language', () => {
  it('speaks Danish to a Danish user, in thrown errors and inside arrays', () => {
    const danish = loadCode(fakeAppsScript({ locale: 'da' }).globals);
    expect(thrown(() => danish.KPI_RAG('n/a', 100)).message).toBe('#VALUE! actual: "n/a" er ikke et tal');
    expect(danish.KPI_RAG([[95], ['x']], 100)).toEqual([['Amber'], ['#VALUE! actual (række 2, kolonne 1): "x" er ikke et tal']]);
  });

  it('falls back to English when the locale cannot be read', () => {
    const refusing = loadCode(fakeAppsScript({ locale: 'da', sessionThrows: true }).globals);
    expect(thrown(() => refusing.KPI_RAG('n/a', 100)).message).toBe('#VALUE! actual: "n/a" is not a number');
  });

  it('asks for the locale only when there is an error to word', () => {
    const apps = fakeAppsScript({ locale: 'da' });
    const scope = loadCode(apps.globals);
    expect(scope.KPI_RAG([[95], [100]], 100)).toEqual([['Amber'], ['Green']]);
    expect(apps.recorder.calls).toEqual([]);
  });
});

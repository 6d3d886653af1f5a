import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorText, isKpiError } from '../../shared/errors';
import { callFunction } from '../../shared/functions/registry';
import { FUNCTION_IDS, type FunctionId } from '../../shared/functions/names';
import type { CellValue } from '../../shared/functions/values';
import { DIST, ERROR_CODES, StubError, loadFunctions, type ExcelFunction } from './bundle';

let associated: Map<string, ExcelFunction>;
let context: ReturnType<typeof loadFunctions>['context'];

beforeAll(() => {
  ({ associated, context } = loadFunctions());
});

/** Calls a built function as Excel does: every declared argument passed, omitted ones as null. */
function excel(id: FunctionId, ...args: unknown[]): unknown {
  const fn = associated.get(id);
  if (!fn) throw new Error(`${id} is not associated`);
  const declared = (JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string; parameters: unknown[] }[] })
    .functions.find((f) => f.id === id)!.parameters.length;
  return fn(...args, ...Array(Math.max(0, declared - args.length)).fill(null));
}

const error = (code: keyof typeof ERROR_CODES) => expect.objectContaining({ code: ERROR_CODES[code] });

describe('functions.js outside Office', () => {
  it('loads with nothing but CustomFunctions and associates every id of functions.json, once', () => {
    const metadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect([...associated.keys()].sort()).toEqual([...FUNCTION_IDS].sort());
    for (const name of ['window', 'document', 'Office', 'Excel']) expect(name in context).toBe(false);
  });

  it('RAG: one value per cell for single values, a spilled array for ranges, blank rows blank', () => {
    expect(excel('RAG', [[110]], [[100]])).toEqual([['Green']]);
    expect(excel('RAG', [[95]], [[100]], [[0.1]], [['higher']])).toEqual([['Amber']]);
    expect(excel('RAG', [[89], [100], [50], [null], ['']], [[100], [100], [100], [100], [100]])).toEqual([['Red'], ['Green'], ['Red'], [''], ['']]);
    expect(excel('RAG', [[8]], [[10]], null, [['Lavere']])).toEqual([['Green']]);
  });

  it('RAG: a bad tolerance is #NUM!, text where a number belongs #VALUE! naming the argument', () => {
    expect(excel('RAG', [[1]], [[1]], [[2]])).toEqual([[error('invalidNumber')]]);
    const [[bad]] = excel('RAG', [['n/a']], [[100]]) as StubError[][];
    expect(bad).toBeInstanceOf(StubError);
    expect(bad).toMatchObject({ code: '#VALUE!' });
    expect(bad.message).toMatch(/actual/);
  });

  it('RAG: inside an array only the bad elements are errors', () => {
    expect(excel('RAG', [[110, 'x', 80]], [[100, 100, 100]])).toEqual([['Green', error('invalidValue'), 'Red']]);
  });

  it('ATTAINMENT: a ratio per element, #DIV/0! where the target is 0', () => {
    expect(excel('ATTAINMENT', [[120]], [[100]])).toEqual([[1.2]]);
    expect(excel('ATTAINMENT', [[80]], [[100]], [['lower']])).toEqual([[1.2]]);
    const results = excel('ATTAINMENT', [[110], [5]], [[100], [0]]) as unknown[][];
    expect(results[0][0]).toBeCloseTo(1.1, 12);
    expect(results[1][0]).toEqual(error('divisionByZero'));
  });

  it('HITRATE: one value, blanks ignored, "" when all blank, #DIV/0! and #NUM! as the contract says', () => {
    expect(excel('HITRATE', [[1, null, 2]], [[4, '', 4]])).toBe(0.375);
    expect(excel('HITRATE', [[null]], [['']])).toBe('');
    expect(excel('HITRATE', [[0]], [[0]])).toEqual(error('divisionByZero'));
    expect(excel('HITRATE', [[5]], [[4]])).toEqual(error('invalidNumber'));
  });

  it('BASELINE: mean or median of the last periods, exclusions skipped, #N/A with nothing usable', () => {
    expect(excel('BASELINE', [[1], [2], [3], [10]])).toBe(4);
    expect(excel('BASELINE', [[1], [2], [3], [10]], 2)).toBe(6.5);
    expect(excel('BASELINE', [[1], [2], [3], [10]], null, 'Median')).toBe(2.5);
    expect(excel('BASELINE', [[1], [2], [3], [10]], null, null, [[null], [null], [null], ['Black Friday']])).toBe(2);
    expect(excel('BASELINE', [[null, '']])).toEqual(error('notAvailable'));
    expect(excel('BASELINE', [[1, 2], [3, 4]])).toEqual(error('invalidValue'));
    expect(excel('BASELINE', [[1]], 0)).toEqual(error('invalidNumber'));
  });

  it('ROLLING: the shape of the series, "" until enough values', () => {
    expect(excel('ROLLING', [[1, 2, 3, 4]], 2)).toEqual([['', 1.5, 2.5, 3.5]]);
    expect(excel('ROLLING', [[1], [null], [3]], 2)).toEqual([[''], [''], [2]]);
  });

  it('YOY: change against a year earlier, #DIV/0! only where last year was 0', () => {
    const [row] = excel('YOY', [[100, 110, 0, 121, 7]], 2) as unknown[][];
    expect(row.slice(0, 2)).toEqual(['', '']);
    expect(row[2]).toBe(-1);
    expect(row[3]).toBeCloseTo(0.1, 12);
    expect(row[4]).toEqual(error('divisionByZero'));
  });

  it('TREND: the slope per period, #N/A with fewer than two values', () => {
    expect(excel('TREND', [[1, 3, 5]])).toBe(2);
    expect(excel('TREND', [[7]])).toEqual(error('notAvailable'));
    expect(excel('TREND', [[1, 3, 5]], 1)).toEqual(error('invalidNumber'));
  });

  it('PACE and SCORE: attainment against the part of the target due so far; the weighted score', () => {
    expect((excel('PACE', [[400000]], [[1200000]], [[0.25]]) as number[][])[0][0]).toBeCloseTo(4 / 3, 12);
    expect(excel('PACE', [[1]], [[1]], [[0]])).toEqual([[error('invalidNumber')]]);
    expect(excel('SCORE', [[1.2], [0.8]], [[1], [1]])).toBe(1);
    expect(excel('SCORE', [[1], [2]], [[0], [0]])).toEqual(error('divisionByZero'));
  });

  it('RAG: "target" as the direction, Danish words on request', () => {
    expect(excel('RAG', [[115]], [[100]], null, [['mål']])).toEqual([['Amber']]);
    expect(excel('RAG', [[95], [50]], [[100], [100]], null, null, [['da']])).toEqual([['Gul'], ['Rød']]);
  });

  it('reads an error cell of a range (allowErrorForDataTypeAny) as that element\'s error only', () => {
    expect(excel('RAG', [[110], [new StubError('#N/A')], [80]], [[100], [100], [100]])).toEqual([['Green'], [error('notAvailable')], ['Red']]);
    expect(excel('ROLLING', [[1], [new StubError('#DIV/0!')], [3]], 1)).toEqual([[1], [error('divisionByZero')], [3]]);
    expect(excel('BASELINE', [[1], [new StubError('#REF!')]])).toEqual(error('invalidValue'));
    expect(excel('ATTAINMENT', new StubError('#NUM!'), [[100]])).toEqual([[error('invalidNumber')]]);
  });

  it('gives the same answers as the core for every function, with errors translated', () => {
    const calls: [FunctionId, unknown[]][] = [
      ['RAG', [[[1], [2]], [[2], [2]], [[0.5]], [['lower']]]],
      ['ATTAINMENT', [[[1, 'a', null]], [[2, 2, 2]]]],
      ['HITRATE', [[[3]], [[9]]]],
      ['BASELINE', [[[4], [5], [6]], 2, 'gennemsnit', null]],
      ['ROLLING', [[[4, 5, 6]], 2, 'median', [[0, 1, false]]]],
      ['YOY', [[[1, 2, 3, 4]], 2]],
      ['TREND', [[[2], [4], [9]], 2]],
      ['PACE', [[[1, 2]], [[4, 4]], [[0.5]], [['target']]]],
      ['SCORE', [[[1, 2]], [[3, 1]], [[1.5]]]],
    ];
    const translate = (value: CellValue) => (isKpiError(value) ? error(Object.entries(ERROR_CODES).find(([, code]) => code === value.code)![0] as keyof typeof ERROR_CODES) : value);
    for (const [id, args] of calls) {
      const core = callFunction(id, ...args);
      const expected = Array.isArray(core) ? core.map((row) => row.map(translate)) : translate(core);
      const wrapped = Array.isArray(expected) || !['RAG', 'ATTAINMENT', 'PACE', 'ROLLING', 'YOY'].includes(id) ? expected : [[expected]];
      expect(excel(id, ...args), id).toEqual(wrapped);
    }
  });

  it('takes omitted optional arguments, passed as null or left out, as their defaults', () => {
    const fn = associated.get('BASELINE')!;
    expect(fn([[1], [2]])).toBe(1.5);
    expect(fn([[1], [2]], null, null, null)).toBe(1.5);
    expect(fn([[1], [2]], undefined, undefined, undefined)).toBe(1.5);
  });

  it('writes messages in the Office display language once Office can tell it, English before', () => {
    const bad = callFunction('RAG', 'n/a', 100);
    if (!isKpiError(bad)) throw new Error('expected an error');
    expect((excel('RAG', [['n/a']], [[100]]) as StubError[][])[0][0].message).toBe(errorText(bad, 'en'));
    context.Office = { context: { displayLanguage: 'da-DK' } };
    try {
      expect((excel('RAG', [['n/a']], [[100]]) as StubError[][])[0][0].message).toBe(errorText(bad, 'da'));
    } finally {
      delete context.Office;
    }
    expect(errorText(bad, 'da')).not.toBe(errorText(bad, 'en'));
  });
});

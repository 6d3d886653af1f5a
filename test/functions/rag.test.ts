import { describe, expect, it } from 'vitest';
import { call, column, expectError } from './helpers';

describe('KPI.RAG', () => {
  it('is Green on or above target when higher is better', () => {
    expect(call('RAG', 100, 100)).toBe('Green');
    expect(call('RAG', 120, 100)).toBe('Green');
  });

  it('is Amber within the default 10% band short of target', () => {
    expect(call('RAG', 95, 100)).toBe('Amber');
    expect(call('RAG', 90, 100)).toBe('Amber');
  });

  it('is Red beyond the band', () => {
    expect(call('RAG', 89.9, 100)).toBe('Red');
  });

  it('treats values within 1e-9 of the target as on target', () => {
    expect(call('RAG', 100 - 1e-8, 100)).toBe('Green');
    expect(call('RAG', 0.3, 0.1 + 0.2)).toBe('Green');
  });

  it('uses the tolerance argument as the amber band', () => {
    expect(call('RAG', 95, 100, 0.02)).toBe('Red');
    expect(call('RAG', 95, 100, 0.05)).toBe('Amber');
    expect(call('RAG', 99, 100, 0)).toBe('Red');
  });

  it('measures the band against |target| for negative targets', () => {
    expect(call('RAG', -105, -100)).toBe('Amber');
    expect(call('RAG', -111, -100)).toBe('Red');
  });

  it('reverses the comparison when lower is better, in either language', () => {
    expect(call('RAG', 4, 5, 0.1, 'lower')).toBe('Green');
    expect(call('RAG', 5.4, 5, 0.1, 'Lower')).toBe('Amber');
    expect(call('RAG', 6, 5, 0.1, ' LAVERE ')).toBe('Red');
    expect(call('RAG', 6, 5, 0.1, 'højere')).toBe('Green');
  });

  it('takes the defaults for blank options', () => {
    expect(call('RAG', 95, 100, '', null)).toBe('Amber');
    expect(call('RAG', 95, 100, undefined, '')).toBe('Amber');
  });

  it('is blank when actual or target is blank', () => {
    expect(call('RAG', null, 100)).toBe('');
    expect(call('RAG', 95, '')).toBe('');
  });

  it('rejects a tolerance outside [0, 1] with #NUM! and a hint', () => {
    expectError(call('RAG', 95, 100, 10), '#NUM!', 'write 10% or 0.1');
    expectError(call('RAG', 95, 100, -0.1), '#NUM!');
  });

  it('rejects text where a number is wanted, naming the argument', () => {
    expectError(call('RAG', 'n/a', 100), '#VALUE!', 'actual: "n/a" is not a number');
    expectError(call('RAG', 95, true), '#VALUE!', 'target: TRUE');
    expectError(call('RAG', new Date(Number.NaN), 100), '#VALUE!', 'actual: an invalid date is not a number');
  });

  it('rejects an unknown direction', () => {
    expectError(call('RAG', 95, 100, 0.1, 'up'), '#VALUE!', 'direction');
  });

  it('spills over a range, one status per row, blanks staying blank', () => {
    expect(call('RAG', column(100, 95, 50, null), column(100, 100, 100, 100))).toEqual([['Green'], ['Amber'], ['Red'], ['']]);
  });

  it('pairs a range with a single target', () => {
    expect(call('RAG', column(100, 80), 100)).toEqual([['Green'], ['Red']]);
    expect(call('RAG', column(100, 80), [[100]])).toEqual([['Green'], ['Red']]);
  });

  it('reads a direction per row from a range', () => {
    expect(call('RAG', column(4, 4), column(5, 5), 0.1, column('higher', 'lower'))).toEqual([['Red'], ['Green']]);
  });

  it('keeps good elements when one element is bad', () => {
    const result = call('RAG', column(100, 'x'), 100) as unknown[][];
    expect(result[0][0]).toBe('Green');
    expectError(result[1][0], '#VALUE!', 'actual (row 2, column 1)');
  });

  it('rejects ranges of different shapes', () => {
    expectError(call('RAG', column(1, 2, 3), column(1, 2)), '#VALUE!', '2x1');
  });

  it('passes an incoming error value on', () => {
    const incoming = call('RAG', 'bad', 1);
    expect(call('RAG', incoming, 100)).toEqual(incoming);
  });
});

describe('KPI.RAG with the direction "target" (closer is better)', () => {
  it('is Green within the band either way, Amber within twice it, Red beyond', () => {
    expect(call('RAG', 108, 100, 0.1, 'target')).toBe('Green');
    expect(call('RAG', 92, 100, 0.1, 'mål')).toBe('Green');
    expect(call('RAG', 115, 100, 0.1, 'target')).toBe('Amber');
    expect(call('RAG', 80, 100, 0.1, ' MÅL ')).toBe('Amber');
    expect(call('RAG', 121, 100, 0.1, 'target')).toBe('Red');
    expect(call('RAG', 79, 100, 0.1, 'target')).toBe('Red');
  });

  it('measures the band against |target|, the edges within the equality margin', () => {
    expect(call('RAG', -110, -100, 0.1, 'target')).toBe('Green');
    expect(call('RAG', 110 + 1e-8, 100, 0.1, 'target')).toBe('Green');
    expect(call('RAG', 100, 100, 0, 'target')).toBe('Green');
    expect(call('RAG', 100.5, 100, 0, 'target')).toBe('Red');
  });
});

describe('KPI.RAG in Danish words', () => {
  it('keeps the English words unless the call asks for Danish', () => {
    expect(call('RAG', 95, 100)).toBe('Amber');
    expect(call('RAG', 95, 100, '', '', '')).toBe('Amber');
    expect(call('RAG', 95, 100, '', '', 'en')).toBe('Amber');
  });

  it('writes Grøn, Gul and Rød for "da" or "dansk"', () => {
    expect(call('RAG', column(100, 95, 50, null), 100, '', '', 'da')).toEqual([['Grøn'], ['Gul'], ['Rød'], ['']]);
    expect(call('RAG', 4, 5, 0.1, 'lavere', 'Dansk')).toBe('Grøn');
  });

  it('rejects an unknown language with #VALUE!', () => {
    expectError(call('RAG', 95, 100, '', '', 'sv'), '#VALUE!', 'language');
  });
});

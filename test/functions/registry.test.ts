import { describe, expect, it } from 'vitest';
import { FUNCTION_IDS, hostFunctionName } from '../../shared/functions/names';
import { FUNCTIONS } from '../../shared/functions/registry';

/**
 * The argument lists of the README's function reference: workbooks store them, so they must not move.
 * RAG's `language` is ours, after the contract's arguments, so every existing call keeps its meaning.
 */
const CONTRACT: Record<string, string[]> = {
  RAG: ['actual', 'target', '[tolerance]', '[direction]', '[language]'],
  ATTAINMENT: ['actual', 'target', '[direction]'],
  PACE: ['actual_to_date', 'target', 'elapsed', '[direction]'],
  HITRATE: ['successes', 'attempts'],
  SCORE: ['attainments', 'weights', '[cap]'],
  BASELINE: ['values', '[periods]', '[method]', '[exclude]'],
  ROLLING: ['values', '[periods]', '[method]', '[exclude]'],
  YOY: ['values', '[periods_per_year]'],
  TREND: ['values', '[periods]'],
};

describe('the function registry', () => {
  it('holds exactly the contract functions, each once', () => {
    expect(FUNCTIONS.map((spec) => spec.id).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(Object.keys(CONTRACT).sort()).toEqual([...FUNCTION_IDS].sort());
  });

  it.each(FUNCTIONS.map((spec) => [spec.id, spec] as const))('declares %s with the contract arguments in order', (id, spec) => {
    expect(spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name))).toEqual(CONTRACT[id]);
  });

  it('has help in English and Danish for every function and argument', () => {
    for (const spec of FUNCTIONS) {
      for (const help of [spec.help, ...spec.params.map((param) => param.help)]) {
        expect(help.en.length).toBeGreaterThan(10);
        expect(help.da.length).toBeGreaterThan(10);
        expect(help.da).not.toBe(help.en);
      }
    }
  });

  it('names functions KPI.X in Excel and KPI_X in Sheets', () => {
    expect(hostFunctionName('RAG', 'excel')).toBe('KPI.RAG');
    expect(hostFunctionName('ROLLING', 'sheets')).toBe('KPI_ROLLING');
  });
});

import { DetailedCellError, HyperFormula } from 'hyperformula';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callFunction, FUNCTIONS } from '../../shared/functions/registry';
import { hostFunctionName } from '../../shared/functions/names';
import { ENGINE_CONFIG } from '../../playground/engine/config';
import { registerKpiFunctions, setKpiMessageLanguage } from '../../playground/engine/kpi-plugin';

beforeAll(registerKpiFunctions);
afterEach(() => setKpiMessageLanguage('en'));

/** A one-sheet engine from rows; returns the sheet's computed values. */
function compute(rows: unknown[][]): unknown[][] {
  const engine = HyperFormula.buildFromArray(rows as never, ENGINE_CONFIG);
  const values = engine.getSheetValues(0);
  engine.destroy();
  return values;
}

const column = (values: readonly unknown[]) => values.map((value) => [value]);
const months = [10, 12, 11, 13, 9, 14, 15, 12, 16, 11, 13, 17, 18, 20];

describe('KPI functions inside HyperFormula', () => {
  it('registers every function of the registry under its Excel name', () => {
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const spec of FUNCTIONS) expect(names).toContain(hostFunctionName(spec.id, 'excel'));
  });

  it('computes KPI.RAG as the core does', () => {
    expect(compute([['=KPI.RAG(95,100)', '=KPI.RAG(101,100)', '=KPI.RAG(80,100)', '=KPI.RAG(5,4,,"lower")']])[0]).toEqual(['Amber', 'Green', 'Red', 'Red']);
  });

  it('computes the round-2 functions and options: PACE, SCORE, "mål", Danish status words', () => {
    const [row] = compute([[400000, 1200000, 1.2, 0.8, 1, 1, '=KPI.PACE(A1,B1,25%)', '=KPI.SCORE(C1:D1,E1:F1)', '=KPI.RAG(115,100,,"mål")', '=KPI.RAG(95,100,,,"da")']]);
    expect(row[6]).toBeCloseTo(4 / 3, 12);
    expect(row.slice(7)).toEqual([1, 'Amber', 'Gul']);
  });

  it('takes an empty argument as blank, so its default applies', () => {
    expect(compute([['=KPI.RAG(95,100,,"higher")', '=KPI.RAG(95,100,0.01)']])[0]).toEqual(['Amber', 'Red']);
  });

  it('spills KPI.ROLLING over the shape of its values, equal to the core\'s result', () => {
    const rows = column(months).map((row, i) => (i === 0 ? [...row, '=KPI.ROLLING(A1:A14, 12)'] : row));
    const values = compute(rows);
    const expected = (callFunction('ROLLING', column(months), 12) as unknown[][]).map(([cell]) => (cell === '' ? '' : cell));
    expect(values.map((row) => row[1])).toEqual(expected);
    expect(values[11][1]).toBeCloseTo(months.slice(0, 12).reduce((a, b) => a + b) / 12, 9);
  });

  it('spills an elementwise call over ranges, with a single direction cell', () => {
    const values = compute([
      [95, 100, 'Higher', '=KPI.RAG(A1:A3,B1:B3,,C1)'],
      [100, 100],
      [50, 100],
    ]);
    expect(values.map((row) => row[3])).toEqual(['Amber', 'Green', 'Red']);
  });

  it('works inside ordinary formulas, and ordinary formulas work beside it', () => {
    expect(compute([[100, 200, '=A1*0.9', '=SUM(A1:B1)', '=IF(KPI.RAG(A1,B1)="Red","act","ok")']])[0]).toEqual([100, 200, 90, 300, 'act']);
  });

  it('gives a KPI error the engine error of its code, with the core\'s message', () => {
    const [[text, negative, zero, none]] = compute([['=KPI.RAG("n/a",100)', '=KPI.HITRATE(-1,5)', '=KPI.ATTAINMENT(5,0)', '=KPI.BASELINE("")']]) as DetailedCellError[][];
    expect([text.type, negative.type, zero.type, none.type]).toEqual(['VALUE', 'NUM', 'DIV_BY_ZERO', 'NA']);
    expect([text.value, zero.value]).toEqual(['#VALUE!', '#DIV/0!']);
    expect(text.message).toBe((callFunction('RAG', 'n/a', 100) as { message: string }).message);
  });

  it('words error messages in the playground\'s language', () => {
    setKpiMessageLanguage('da');
    const [[error]] = compute([['=KPI.RAG("n/a",100)']]) as DetailedCellError[][];
    expect(error.message).toBe((callFunction('RAG', 'n/a', 100) as { messages: { da: string } }).messages.da);
  });

  it('keeps one bad element of a spilled result an error and the others values', () => {
    const values = compute([[5, 10, '=KPI.ATTAINMENT(A1:A2,B1:B2)'], [5, 0]]);
    expect(values[0][2]).toBeCloseTo(0.5, 9);
    expect((values[1][2] as DetailedCellError).type).toBe('DIV_BY_ZERO');
  });

  it('passes an engine error in an argument on', () => {
    const [[, cell]] = compute([['=1/0', '=KPI.RAG(A1,100)']]) as DetailedCellError[][];
    expect(cell.type).toBe('DIV_BY_ZERO');
  });

  it('is case-insensitive like every spreadsheet function name', () => {
    expect(compute([['=kpi.rag(95,100)']])[0][0]).toBe('Amber');
  });
});

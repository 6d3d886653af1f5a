import { describe, expect, it } from 'vitest';
import { argumentSeparator, toEngineFormula, toLocalFormula } from '../../playground/formula-syntax';

describe('formulas in the user\'s language', () => {
  it('reads Danish Excel\'s separators and decimal commas into the engine\'s syntax', () => {
    expect(toEngineFormula('=KPI.RAG(95;100)', 'da')).toBe('=KPI.RAG(95,100)');
    expect(toEngineFormula('=SUM(B5:B16;1,5)*0,9', 'da')).toBe('=SUM(B5:B16,1.5)*0.9');
    expect(toEngineFormula('=KPI.ROLLING($B$5:B28; 12)', 'da')).toBe('=KPI.ROLLING($B$5:B28, 12)');
  });

  it('leaves strings and quoted sheet names as they are', () => {
    expect(toEngineFormula('=IF(A1="1,5;2";\'Ark; 1,2\'!A1;0)', 'da')).toBe('=IF(A1="1,5;2",\'Ark; 1,2\'!A1,0)');
    expect(toEngineFormula('="say ""a;b"""&B1', 'da')).toBe('="say ""a;b"""&B1');
  });

  it('writes array constants with Danish column marks', () => {
    expect(toLocalFormula('=SUM({1.5,2;3,4})', 'da')).toBe('=SUM({1,5.2;3.4})');
    expect(toEngineFormula('=SUM({1,5.2;3.4})', 'da')).toBe('=SUM({1.5,2;3,4})');
  });

  it('shows the engine\'s formulas back in Danish, and round-trips them', () => {
    const formula = '=KPI.ATTAINMENT(D5,E5,"higher")+.5-KPI.RAG(1.25E+3,100)';
    expect(toLocalFormula(formula, 'da')).toBe('=KPI.ATTAINMENT(D5;E5;"higher")+,5-KPI.RAG(1,25E+3;100)');
    expect(toEngineFormula(toLocalFormula(formula, 'da'), 'da')).toBe(formula);
  });

  it('changes nothing in English', () => {
    expect(toEngineFormula('=KPI.RAG(95,100)', 'en')).toBe('=KPI.RAG(95,100)');
    expect(toLocalFormula('=SUM(1.5,2)', 'en')).toBe('=SUM(1.5,2)');
    expect([argumentSeparator('en'), argumentSeparator('da')]).toEqual([',', ';']);
  });
});

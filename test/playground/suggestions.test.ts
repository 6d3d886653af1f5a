import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions/registry';
import { callSignature, suggestionsAt } from '../../playground/suggestions';

const at = (text: string) => suggestionsAt(text, text.length);
const names = (text: string) => at(text)?.matches.map((match) => match.name);

describe('the KPI functions offered while a formula is typed', () => {
  it('lists every function after =KPI. and narrows them as the name is typed', () => {
    expect(names('=KPI.')).toHaveLength(FUNCTIONS.length);
    expect(names('=kpi.r')).toEqual(['KPI.RAG', 'KPI.ROLLING']);
    expect(names('=SUM(1;KPI.Y')).toEqual(['KPI.YOY']);
    expect(at('=A1+KPI.')?.start).toBe(4);
  });

  it('offers nothing outside a formula, inside a string, or once the name is complete', () => {
    expect(at('KPI.')).toBeUndefined();
    expect(at('="KPI.')).toBeUndefined();
    expect(at('=KPI.RAG(')).toBeUndefined();
    expect(at('=KPI.X')).toBeUndefined();
  });

  it('shows the arguments with the separator of the language', () => {
    const rag = FUNCTIONS.find((spec) => spec.id === 'RAG')!;
    expect(callSignature(rag, 'en')).toMatch(/^KPI\.RAG\(actual, target, \[/);
    expect(callSignature(rag, 'da')).toMatch(/^KPI\.RAG\(actual; target; \[/);
  });
});

import { describe, expect, it } from 'vitest';
import { readInput, showInput, typedFormat } from '../../playground/cell-input';
import { FORMATS } from '../../shared/templates';

describe('what a user types into a cell', () => {
  it('reads Danish numbers: decimal comma, thousands point, percent with a space', () => {
    expect(readInput('4,5', 'da', FORMATS.general)).toBe(4.5);
    expect(readInput('1.000', 'da', FORMATS.general)).toBe(1000);
    expect(readInput('80 %', 'da', FORMATS.general)).toBe(0.8);
    expect(readInput('1.234,5', 'da', FORMATS.number)).toBe(1234.5);
  });

  it('reads English numbers with their own marks', () => {
    expect(readInput('4.5', 'en', FORMATS.general)).toBe(4.5);
    expect(readInput('1,000', 'en', FORMATS.general)).toBe(1000);
    expect(readInput('80%', 'en', FORMATS.general)).toBe(0.8);
  });

  it('reads a bare number in a percent cell as the contract reads an influence', () => {
    expect(readInput('20', 'da', FORMATS.percent)).toBe(0.2);
    expect(readInput('0,2', 'da', FORMATS.percent)).toBe(0.2);
    expect(readInput('75 %', 'da', FORMATS.percent)).toBe(0.75);
  });

  it('translates a Danish formula and keeps dates, changes and text as typed', () => {
    expect(readInput('=KPI.RAG(95;100)', 'da', FORMATS.general)).toBe('=KPI.RAG(95,100)');
    expect(readInput('2027-12-31', 'da', FORMATS.date)).toBe('2027-12-31');
    expect(readInput('31.12.2027', 'da', FORMATS.general)).toBe('31.12.2027');
    expect(readInput('+20%', 'da', FORMATS.general)).toBe('+20%');
    expect(readInput('Mette', 'da', FORMATS.general)).toBe('Mette');
    expect(readInput('  ', 'da', FORMATS.general)).toBeNull();
  });

  it('shows a cell so that typing the shown text again gives the same content', () => {
    for (const [value, format] of [[4.5, FORMATS.general], [0.07, FORMATS.percent], [1234.5, FORMATS.number]] as const) {
      const shown = showInput(undefined, value, 'da', format);
      expect(readInput(shown, 'da', format)).toBe(value);
    }
    expect(showInput(undefined, 0.07, 'da', FORMATS.percent)).toBe('7 %');
    expect(showInput('=KPI.RAG(95,100)', 'Amber', 'da', FORMATS.general)).toBe('=KPI.RAG(95;100)');
    expect(showInput(undefined, 46752, 'da', FORMATS.date)).toBe('2027-12-31');
  });

  const typedOf = (typed: string, lang: 'en' | 'da', format: string) => typedFormat(typed, readInput(typed, lang, format), lang, format);

  it('gives a cell without a format a percent format for a typed percentage, with decimals where typed', () => {
    expect(typedOf('80 %', 'da', FORMATS.general)).toBe('0%');
    expect(typedOf('80,5 %', 'da', FORMATS.general)).toBe('0.00%');
    expect(typedOf('1.000 %', 'da', FORMATS.general)).toBe('0%');
    expect(typedOf('12.5%', 'en', FORMATS.general)).toBe('0.00%');
  });

  it('leaves the format alone for anything else, and in a cell that has one', () => {
    expect(typedOf('80', 'da', FORMATS.general)).toBeUndefined();
    expect(typedOf('+20%', 'da', FORMATS.general)).toBeUndefined();
    expect(typedOf('ca. 80 %', 'da', FORMATS.general)).toBeUndefined();
    expect(typedOf('80 %', 'da', FORMATS.number)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readAsOther, textLiteral } from '../../shared/workbook';

describe('the one rule that keeps text text in both hosts', () => {
  it.each([
    '=SUM(A1)', '+A1', '-5%', '@x', 'TRUE', 'false', 'SAND', 'Falsk', '1/2', '2026-01-31', '31.01.2026', '12:30',
    '2026-11-29 14:05', '80 %', '4,5', '1.000', '(5)', '1e3', '42',
  ])('protects %s, which a host would read as a formula, number, date or boolean', (text) => {
    expect(readAsOther(text)).toBe(true);
    expect(textLiteral(text)).toBe(`'${text}`);
  });

  it.each(['Sales', 'NPS (survey)', 'True north', 'Q3 adjustment', 'Revenue 2026', 'e-mail', ''])('leaves %j as it is', (text) => {
    expect(textLiteral(text)).toBe(text);
  });

  it('keeps a leading apostrophe the user typed, by adding one the host hides', () => {
    expect(textLiteral("'quoted")).toBe("''quoted");
  });

  it('passes numbers and booleans through', () => {
    expect(textLiteral(5)).toBe(5);
    expect(textLiteral(true)).toBe(true);
  });
});

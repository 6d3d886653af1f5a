import { describe, expect, it } from 'vitest';
import { dateSerial, FORMATS } from '../../shared/templates';
import { formatValue } from '../../playground/format';

const shown = (value: unknown, format: string, lang: 'en' | 'da' = 'en') => formatValue(value, format, lang).text;

describe('a cell as the grid shows it', () => {
  it('shows General numbers without grouping, with the language\'s decimal mark', () => {
    expect(shown(1234.5, FORMATS.general)).toBe('1234.5');
    expect(shown(1234.5, FORMATS.general, 'da')).toBe('1234,5');
    expect(shown(13.416666666666666, FORMATS.general)).toBe('13.41666667');
  });

  it('shows the number format with grouping and one or two decimals', () => {
    expect(shown(1234.5, FORMATS.number)).toBe('1,234.5');
    expect(shown(1234.567, FORMATS.number, 'da')).toBe('1.234,57');
    expect(shown(4, FORMATS.number)).toBe('4.0');
  });

  it('shows a change with its sign, from the format\'s positive, negative and zero sections', () => {
    expect(shown(0.4, FORMATS.change)).toBe('+0.4');
    expect(shown(-0.2028571429, FORMATS.change, 'da')).toBe('-0,2');
    expect(shown(-1234.567, FORMATS.change)).toBe('-1,234.57');
    expect(shown(0, FORMATS.change)).toBe('0');
  });

  it('shows percentages', () => {
    expect(shown(0.8, FORMATS.percent)).toBe('80%');
    expect(shown(-0.125, '0.0%')).toBe('-12.5%');
  });

  it('shows date serials as ISO dates and months in the language', () => {
    expect(shown(dateSerial(2027, 12, 31), FORMATS.date)).toBe('2027-12-31');
    expect(shown(dateSerial(2024, 11), FORMATS.month)).toBe('Nov 2024');
    expect(shown(dateSerial(2024, 11), FORMATS.month, 'da')).toMatch(/^nov\.? 2024$/);
  });

  it('shows text as it is, blanks as nothing, booleans in the language', () => {
    expect(shown('<img src=x>', FORMATS.general)).toBe('<img src=x>');
    expect(shown(null, FORMATS.number)).toBe('');
    expect(shown(true, FORMATS.general, 'da')).toBe('SAND');
  });

  it('shows an error by its code, keeping its message for a tooltip', () => {
    expect(formatValue({ value: '#DIV/0!', message: 'target is 0' }, FORMATS.percent, 'en')).toEqual({ text: '#DIV/0!', numeric: false, message: 'target is 0' });
  });

  it('says which values are numbers, so the grid aligns them right', () => {
    expect(formatValue(3, FORMATS.general, 'en').numeric).toBe(true);
    expect(formatValue('3', FORMATS.general, 'en').numeric).toBe(false);
  });
});

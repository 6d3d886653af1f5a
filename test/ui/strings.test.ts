import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { SEVERITIES } from '../../shared/validator';
import { counted, DONE, SEVERITY_HEADINGS, STRINGS, VERDICT_TEXT } from '../../ui/strings';

describe('the pane\'s texts', () => {
  it('exist in every language, none empty', () => {
    for (const [key, texts] of [...Object.entries(STRINGS), ...Object.entries(VERDICT_TEXT)]) {
      for (const lang of LANGS) expect(texts[lang].trim(), `${key}.${lang}`).not.toBe('');
    }
    for (const severity of SEVERITIES) for (const lang of LANGS) expect(SEVERITY_HEADINGS[severity][lang]).not.toBe('');
  });

  it('are translated, not copied, where the languages differ', () => {
    for (const key of ['insert', 'validate', 'save', 'reasonLabel', 'noFindings'] as const) {
      expect(STRINGS[key].da, key).not.toBe(STRINGS[key].en);
    }
  });

  it('count in both languages', () => {
    expect(counted('warning', 1, 'da')).toBe('1 advarsel');
    expect(counted('warning', 0, 'en')).toBe('0 warnings');
  });

  it('report a saved version with its row count', () => {
    expect(DONE.saved('Agreement history', 4).en).toBe('Saved 4 rows to “Agreement history”.');
    expect(DONE.saved('Aftalehistorik', 1).da).toBe('1 række gemt i »Aftalehistorik«.');
  });
});

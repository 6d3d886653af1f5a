import { describe, expect, it } from 'vitest';
import { langFromLocale } from '../../shared/i18n/lang';

describe('langFromLocale', () => {
  it.each(['da', 'da-DK', 'DA-dk', 'da_DK', ' da '])('reads %s as Danish', (locale) => {
    expect(langFromLocale(locale)).toBe('da');
  });

  it.each(['en-GB', 'de', 'dav', '', null, undefined])('reads %s as English', (locale) => {
    expect(langFromLocale(locale)).toBe('en');
  });
});

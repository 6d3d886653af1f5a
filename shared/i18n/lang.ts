export type Lang = 'en' | 'da';
export const LANGS: readonly Lang[] = ['en', 'da'];

/** A text in every language the product speaks. */
export type Localized = Record<Lang, string>;

/** Danish for a Danish locale ("da", "da-DK", Apps Script's "da_DK"), English for anything else. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^da(?:[-_]|$)/i.test(String(locale ?? '').trim()) ? 'da' : 'en';
}

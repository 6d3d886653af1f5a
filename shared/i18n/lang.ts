export type Lang = 'en' | 'da';
export const LANGS: readonly Lang[] = ['en', 'da'];

/** A text in every language the product speaks. */
export type Localized = Record<Lang, string>;

/** Danish for a Danish locale tag ("da", "da-DK"), English for anything else. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^da\b/i.test(String(locale ?? '').trim()) ? 'da' : 'en';
}

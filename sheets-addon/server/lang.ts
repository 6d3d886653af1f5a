/// <reference types="google-apps-script" />
import { langFromLocale, type Lang } from '../../shared/i18n/lang';

/**
 * The user's language from their Google account locale. `Session.getActiveUserLocale` declares no
 * authorisation scope, so onOpen may call it in AuthMode.NONE; wherever it is missing or refuses
 * (a custom function, a test without Apps Script) the add-on speaks English.
 */
export function userLang(): Lang {
  try {
    if (typeof Session === 'undefined') return 'en';
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

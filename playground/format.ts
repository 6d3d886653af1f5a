import type { Lang } from '../shared/i18n/lang';

/**
 * A cell's value as the grid shows it, by the cell's number format, in the user's language, as
 * Excel would (1.234,5 and "nov. 2024" in Danish). Only the formats the templates use are read;
 * any other shows as General.
 */
export interface Shown {
  readonly text: string;
  readonly numeric: boolean;
  /** An error's explanation, for a tooltip. */
  readonly message?: string;
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK' };
const BOOLEANS: Record<Lang, [string, string]> = { en: ['TRUE', 'FALSE'], da: ['SAND', 'FALSK'] };
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** An engine error as the exporter hands it over: `#DIV/0!` with its message. */
export interface ErrorValue {
  readonly value: string;
  readonly message?: string;
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === 'object' && value !== null && typeof (value as ErrorValue).value === 'string' && String((value as ErrorValue).value).startsWith('#');
}

function dateOf(serial: number): Date {
  return new Date(SERIAL_EPOCH + Math.round(serial * DAY));
}

/**
 * Excel's sections, `positive;negative;zero`: the negative one shows the number without its sign,
 * so a literal `+` or `-` before the digits is what marks it (FORMATS.change: +0,4 and -1,2).
 */
function formatSections(value: number, sections: readonly string[], lang: Lang): string {
  const section = value > 0 ? sections[0] : value < 0 ? sections[1] ?? sections[0] : sections[2] ?? sections[0];
  const [, sign, digits] = /^([+-]?)(.*)$/.exec(section) ?? ['', '', section];
  const shown = formatNumber(sections[1] !== undefined ? Math.abs(value) : value, digits, lang);
  return `${sign}${shown}`;
}

function formatNumber(value: number, format: string, lang: Lang): string {
  const locale = LOCALES[lang];
  const sections = format.split(';');
  if (sections.length > 1) return formatSections(value, sections, lang);
  if (/^y{2,4}-mm-dd$/i.test(format)) return dateOf(value).toISOString().slice(0, 10);
  if (/^mmm y{2,4}$/i.test(format)) {
    const date = dateOf(value);
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date);
    return `${month} ${date.getUTCFullYear()}`;
  }
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) {
    const digits = percent[1]?.length ?? 0;
    return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  }
  const fixed = /^(#,##)?0(?:\.(0*)(#*))?$/.exec(format);
  if (fixed) {
    const required = fixed[2]?.length ?? 0;
    return new Intl.NumberFormat(locale, {
      useGrouping: Boolean(fixed[1]),
      minimumFractionDigits: required,
      maximumFractionDigits: required + (fixed[3]?.length ?? 0),
    }).format(value);
  }
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumSignificantDigits: 10 }).format(value);
}

export function formatValue(value: unknown, format: string, lang: Lang): Shown {
  if (value === null || value === undefined || value === '') return { text: '', numeric: false };
  if (isErrorValue(value)) return { text: value.value, numeric: false, ...(value.message ? { message: value.message } : {}) };
  if (typeof value === 'boolean') return { text: BOOLEANS[lang][value ? 0 : 1], numeric: false };
  if (typeof value === 'number') return { text: formatNumber(value, format, lang), numeric: true };
  return { text: String(value), numeric: false };
}

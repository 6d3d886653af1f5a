import { LANGS, type Lang } from '../shared/i18n/lang';
import type { PlaygroundWorkbook, SavedWorkbook } from './workbook';

/**
 * The playground's work kept in the browser (localStorage) between visits: the workbook after
 * every change, and the page's language. Nothing leaves the browser. A browser that refuses
 * storage (private mode, full quota) still runs the playground; the work then lasts the visit.
 */

const WORKBOOK_KEY = 'kpi-review-playground:workbook';
const LANGUAGE_KEY = 'kpi-review-playground:language';
/** Raised when what is stored changes shape, so an old visit's data is not misread. */
const VERSION = 1;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Full or refused: the work lasts this visit.
  }
}

/** The workbook of the last visit, if one was kept and still reads. */
export function keptWorkbook(): SavedWorkbook | undefined {
  try {
    const stored = JSON.parse(storage()?.getItem(WORKBOOK_KEY) ?? 'null') as { version?: number; workbook?: SavedWorkbook } | null;
    const workbook = stored?.version === VERSION ? stored.workbook : undefined;
    return workbook && Array.isArray(workbook.sheets) && workbook.sheets.length > 0 ? workbook : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the workbook after each change; several changes in one task are written once. Returns a
 * function that stops keeping it (before another workbook takes its place).
 */
export function keepWorkbook(workbook: PlaygroundWorkbook): () => void {
  let pending = false;
  const save = () => {
    pending = false;
    write(WORKBOOK_KEY, JSON.stringify({ version: VERSION, workbook: workbook.saved() }));
  };
  save();
  const stop = workbook.onChange(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(save);
  });
  return stop;
}

export function forgetWorkbook(): void {
  try {
    storage()?.removeItem(WORKBOOK_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

export function keptLanguage(): Lang | undefined {
  try {
    const stored = storage()?.getItem(LANGUAGE_KEY);
    return LANGS.find((lang) => lang === stored);
  } catch {
    return undefined;
  }
}

export function keepLanguage(lang: Lang): void {
  write(LANGUAGE_KEY, lang);
}

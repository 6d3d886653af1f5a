import { LANGS, type Lang } from '../../shared/i18n/lang';
import { TEMPLATE_IDS } from '../../shared/templates';
import type { TemplateId } from '../../shared/templates/spec';
import { CELL_ERRORS, isCellIndex } from '../../shared/workbook';
import { fill, TEXT } from './text';

/**
 * Arguments arriving over `google.script.run` come from the browser: checked before use, with
 * errors the pane can show as they are.
 */
export function checkLang(value: unknown): Lang {
  return (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : 'en';
}

export function checkTemplateId(value: unknown, lang: Lang): TemplateId {
  if ((TEMPLATE_IDS as readonly unknown[]).includes(value)) return value as TemplateId;
  throw new Error(fill(TEXT.badTemplate[lang], { id: String(value) }));
}

export function checkCell(row: unknown, column: unknown, lang: Lang): { row: number; column: number } {
  if (isCellIndex(row, column)) return { row: row as number, column: column as number };
  throw new Error(CELL_ERRORS.notCell(row, column)[lang]);
}

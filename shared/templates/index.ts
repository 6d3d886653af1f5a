import type { Lang, Localized } from '../i18n/lang';
import { checklistSheet } from './checklist';
import { librarySheet } from './library';
import { postMortemSheet } from './post-mortem';
import { reviewSheet } from './review';
import type { TemplateId, TemplateSpec } from './spec';
import { trackingTemplate } from './tracking';
import type { YearMonth } from '../tracking/months';

/** The templates a user can insert, in picker order. */
export const TEMPLATE_IDS: readonly TemplateId[] = ['review', 'tracking', 'library', 'checklist', 'postMortem'];

/** Names for a picker or menu; each sheet's own name is its spec's `sheetName`. */
export const TEMPLATE_TITLES: Record<TemplateId, Localized> = {
  review: { en: 'KPI review', da: 'Medarbejdersamtale' },
  tracking: { en: 'KPI tracking', da: 'KPI-opfølgning' },
  library: { en: 'KPI library', da: 'KPI-bibliotek' },
  checklist: { en: 'Preparation checklist', da: 'Tjekliste til forberedelse' },
  postMortem: { en: 'Post-mortem of a missed KPI', da: 'Post-mortem for en KPI, der ikke blev nået' },
};

const BUILDERS: Record<TemplateId, (lang: Lang, today: YearMonth) => TemplateSpec> = {
  review: (lang) => reviewSheet(lang),
  tracking: trackingTemplate,
  library: librarySheet,
  checklist: checklistSheet,
  postMortem: postMortemSheet,
};

/** The empty template `id` in `lang`, ready for a host to render; `today` is the month it is inserted in. */
export function buildTemplate(id: TemplateId, lang: Lang, today: YearMonth): TemplateSpec {
  return BUILDERS[id](lang, today);
}

export type { CellRange, CellStyle, ConditionalFill, FormulaSyntax, ListValidation, PrintSetup, StyleName, TemplateCell, TemplateId, TemplateSpec } from './spec';
export { renderFormula } from './formula';
export { STYLES, RAG_FILLS, type RagStatus } from './styles';
export {
  FORMATS, SheetBuilder, a1Range, cellRange, dateSerial, templateNumberFormats, templateStyles, templateValues,
  type Cell, type CellValue,
} from './grid';
export { reviewSheet, kpiRow, QUESTION_BANK, REVIEW_ROWS, REVIEW_SHEET_NAME, type KpiEntry, type KpiRowValues, type ReviewContent } from './review';
export { trackingTemplate, TEMPLATE_BLOCKS } from './tracking';
export { librarySheet, LIBRARY, LIBRARY_SHEET_NAME, type LibraryEntry } from './library';
export { checklistSheet, PREPARATION, QUICK_CHECK, PITFALLS, CHECKLIST_SHEET_NAME } from './checklist';
export { postMortemSheet, POST_MORTEM_QUESTIONS, POST_MORTEM_LEARNING, POST_MORTEM_SHEET_NAME } from './post-mortem';
export { exampleReview, exampleTracking, EXAMPLE_KPIS } from './example';

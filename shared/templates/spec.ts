import type { Lang } from '../i18n/lang';

/**
 * A template sheet as data. Hosts render it with a handful of batched calls: every array here is
 * laid over the whole rectangle `rows` x `columns`, never cell by cell.
 */
export type TemplateId = 'review' | 'tracking' | 'library' | 'checklist' | 'postMortem';
/** What a written sheet is: a template, or a sheet built from others (the dashboard). */
export type SheetKind = TemplateId | 'dashboard';

/** Named looks; `STYLES` says what each one is, so hosts hold no colours of their own. */
export type StyleName = 'title' | 'subtitle' | 'section' | 'header' | 'label' | 'input' | 'text' | 'note' | 'computed';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
}

/**
 * A formula names KPI functions as `{RAG}`, `{ROLLING}`, …; `renderFormula` writes each host's
 * syntax (`KPI.RAG` in Excel, `KPI_RAG` in Sheets). References are A1 in English syntax.
 */
export interface TemplateCell {
  readonly value?: string | number | boolean;
  readonly formula?: string;
  readonly style?: StyleName;
  readonly numberFormat?: string;
}

/** A rectangle in 0-based sheet coordinates. */
export interface CellRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface ListValidation {
  readonly range: CellRange;
  readonly values: readonly string[];
}

/** Colour a cell whose text equals `equals`: the RAG colours of a status column. */
export interface ConditionalFill {
  readonly range: CellRange;
  readonly equals: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface TemplateSpec {
  readonly id: SheetKind;
  readonly lang: Lang;
  readonly sheetName: string;
  /** Rectangular: every row has `columnCount` cells; `null` is an empty cell. */
  readonly cells: readonly (readonly (TemplateCell | null)[])[];
  readonly columnCount: number;
  /** Width of each column in pixels (Sheets) / points * 4/3 (Excel converts). */
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly validations: readonly ListValidation[];
  readonly conditionalFills: readonly ConditionalFill[];
  /** How the sheet prints, where it must fit a page; the host's default elsewhere. */
  readonly print?: PrintSetup;
}

/**
 * The whole template rectangle (its print area) on `pagesWide` x `pagesTall` A4 pages: a review is
 * signed on paper, so it must not be cut at a column nor spill onto a second page.
 */
export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly pagesWide: number;
  readonly pagesTall: number;
}

/** The review's print: one A4 page in landscape. */
export const ONE_LANDSCAPE_PAGE: PrintSetup = { orientation: 'landscape', pagesWide: 1, pagesTall: 1 };

export type FormulaSyntax = 'excel' | 'sheets';

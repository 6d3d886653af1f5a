import type { Lang } from '../i18n/lang';
import type { ColumnSpec, ListedValue } from '../agreement/columns';
import { rangeAddress } from '../workbook';
import { namesMissingSheet, renderFormula } from './formula';
import { RAG_WORDS } from '../functions/rag';
import { RAG_FILLS, STYLES, type RagStatus } from './styles';
import type {
  CellRange, CellStyle, ConditionalFill, FormulaSyntax, ListValidation, PrintSetup, SheetKind, TemplateCell, TemplateSpec,
} from './spec';

export type Cell = TemplateCell | null;
export type CellValue = string | number | boolean;

/**
 * Number formats in Excel's en-US codes, which Sheets reads too; each host shows them in its
 * locale (a Danish sheet shows 1.234,5 and Danish month names).
 */
export const FORMATS = {
  /** The default of both hosts; written explicitly so a batched call resets stale formats. */
  general: 'General',
  number: '#,##0.0#',
  percent: '0%',
  /** A change, signed: +0,4 or -1,2. */
  change: '+#,##0.0#;-#,##0.0#;0',
  // ISO dates read the same in English and Danish.
  date: 'yyyy-mm-dd',
  month: 'mmm yyyy',
} as const;

/** How an agreement column's cells are formatted, wherever its values are written. */
export const FORMAT_BY_CONTENT: Partial<Record<ColumnSpec['content'], string>> = {
  number: FORMATS.number,
  percent: FORMATS.percent,
  date: FORMATS.date,
};

// Cell makers: a sheet file reads as rows of these.
export const title = (text: string): TemplateCell => ({ value: text, style: 'title' });
export const subtitle = (text: string): TemplateCell => ({ value: text, style: 'subtitle' });
export const section = (text: string): TemplateCell => ({ value: text, style: 'section' });
export const header = (text: string): TemplateCell => ({ value: text, style: 'header' });
export const label = (text: CellValue): TemplateCell => ({ value: text, style: 'label' });
export const note = (text: string): TemplateCell => ({ value: text, style: 'note' });
/** Reference text: the library's KPIs, the checklist's items, the question bank. */
export const text = (value?: CellValue): TemplateCell => ({ ...(value === undefined ? {} : { value }), style: 'text' });
/** A cell the user fills in; `value` is what an example puts there. */
export const input = (value?: CellValue, numberFormat?: string): TemplateCell =>
  ({ ...(value === undefined ? {} : { value }), style: 'input', ...(numberFormat ? { numberFormat } : {}) });
/** A cell that a spilled formula above fills: styled and formatted, never written to. */
export const spilled = (numberFormat?: string): TemplateCell =>
  ({ style: 'computed', ...(numberFormat ? { numberFormat } : {}) });
/** A formula cell; `formula` names KPI functions as `{RAG}` (see renderFormula). */
export const computed = (formula: string, numberFormat?: string): TemplateCell =>
  ({ formula, style: 'computed', ...(numberFormat ? { numberFormat } : {}) });

/** A1 reference of a range, `B5:B28`. */
export function a1Range(range: CellRange): string {
  return rangeAddress(range.row, range.column, range.rows, range.columns);
}

export const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The date serial both hosts store for a calendar day (`month` 1-12): 2026-01-01 → 46023. */
export function dateSerial(year: number, month: number, day = 1): number {
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH) / 86_400_000;
}

export function cellRange(row: number, column: number, rows = 1, columns = 1): CellRange {
  return { row, column, rows, columns };
}

/** The labels of listed values in a language: what a dropdown offers. */
export function labelsOf(values: readonly ListedValue[], lang: Lang): string[] {
  return values.map((value) => value.label[lang]);
}

/**
 * Lays a sheet out row by row, top to bottom, collecting dropdowns and conditional fills with the
 * rows they belong to. `columnWidths` fixes the sheet's width; shorter rows are padded with blanks.
 */
export class SheetBuilder {
  private readonly rows: Cell[][] = [];
  private readonly validations: ListValidation[] = [];
  private readonly conditionalFills: ConditionalFill[] = [];

  constructor(private readonly columnWidths: readonly number[]) {}

  /** The index the next `row` call gets: use it to write references to that row. */
  get nextRow(): number {
    return this.rows.length;
  }

  /** Adds a row from column A; returns its index. */
  row(...cells: Cell[]): number {
    if (cells.length > this.columnWidths.length) {
      throw new Error(`row ${this.nextRow} has ${cells.length} cells, the sheet ${this.columnWidths.length} columns`);
    }
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  blankRow(): number {
    return this.row();
  }

  /** A dropdown over `range`. */
  list(range: CellRange, values: readonly string[]): void {
    this.validations.push({ range, values });
  }

  /** Green / Amber / Red fills over the cells of `range` holding a RAG status, in either language's words. */
  ragFills(range: CellRange): void {
    for (const [status, colours] of Object.entries(RAG_FILLS) as [RagStatus, (typeof RAG_FILLS)[RagStatus]][]) {
      for (const words of Object.values(RAG_WORDS)) this.conditionalFills.push({ range, equals: words[status], ...colours });
    }
  }

  build(meta: { id: SheetKind; lang: Lang; sheetName: string; frozenRows: number; print?: PrintSetup }): TemplateSpec {
    const columnCount = this.columnWidths.length;
    const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(columnCount - cells.length).fill(null)];
    return {
      ...meta,
      cells: this.rows.map(pad),
      columnCount,
      columnWidths: [...this.columnWidths],
      validations: [...this.validations],
      conditionalFills: [...this.conditionalFills],
    };
  }
}

/**
 * The spec without formulas naming a sheet the workbook lacks: those cells keep their look and
 * stay empty. For a host that may not take such a reference as one to a sheet added later (desktop
 * Excel reads an unknown sheet name as another workbook); "Track this agreement" links them later.
 */
export function withoutMissingSheets(spec: TemplateSpec, sheetNames: readonly string[]): TemplateSpec {
  const names = [...sheetNames, spec.sheetName];
  return {
    ...spec,
    cells: spec.cells.map((row) => row.map((cell) => {
      if (cell?.formula === undefined || !namesMissingSheet(cell.formula, names)) return cell;
      const { formula: _dropped, ...kept } = cell;
      return kept;
    })),
  };
}

function mapCells<T>(spec: TemplateSpec, cellToValue: (cell: Cell) => T): T[][] {
  return spec.cells.map((row) => row.map(cellToValue));
}

/** The values to write in one batch: formulas in the host's syntax, blanks as "". */
export function templateValues(spec: TemplateSpec, syntax: FormulaSyntax): CellValue[][] {
  return mapCells(spec, (cell) =>
    cell?.formula !== undefined ? renderFormula(cell.formula, syntax) : cell?.value ?? '');
}

/** The number formats to write in one batch; a cell without one gets `FORMATS.general`. */
export function templateNumberFormats(spec: TemplateSpec): string[][] {
  return mapCells(spec, (cell) => cell?.numberFormat ?? FORMATS.general);
}

/** The look of each cell; `undefined` where the cell has no style (host defaults). */
export function templateStyles(spec: TemplateSpec): (CellStyle | undefined)[][] {
  return mapCells(spec, (cell) => (cell?.style ? STYLES[cell.style] : undefined));
}

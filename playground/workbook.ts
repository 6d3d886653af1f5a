import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { Lang } from '../shared/i18n/lang';
import type { HistoryCell } from '../shared/history';
import {
  STYLES, templateNumberFormats, templateStyles, templateValues,
  type CellStyle, type ConditionalFill, type ListValidation, type TemplateSpec,
} from '../shared/templates';
import { logSheetNames, uniqueSheetName, type AppendLog } from '../shared/workbook';
import { ENGINE_CONFIG } from './engine/config';
import { registerKpiFunctions } from './engine/kpi-plugin';
import { readInput, showInput } from './cell-input';
import { isErrorValue } from './format';

/** What a template gave a sheet beyond its values: looks, formats, dropdowns, RAG fills. */
export interface SheetLook {
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly styles: readonly (readonly (CellStyle | undefined)[])[];
  readonly formats: readonly (readonly string[])[];
  /** Formats of whole columns, for a sheet that grows (the history): under the per-cell ones. */
  readonly columnFormats?: readonly string[];
  readonly validations: readonly ListValidation[];
  readonly conditionalFills: readonly ConditionalFill[];
}

export interface Position {
  readonly row: number;
  readonly column: number;
}

const GENERAL = 'General';

/** A text the engine must keep as text: `'` makes `=x` or `12` a string, as in Excel. */
export function literal(value: HistoryCell | undefined): RawCellContent {
  if (value === undefined || value === '') return null;
  return typeof value === 'string' && /^[='+\-\d.]/.test(value) ? `'${value}` : value;
}

/** A sheet's cells to write: formulas as formulas, every other text as text, blanks empty. */
function templateContent(spec: TemplateSpec): RawCellContent[][] {
  return templateValues(spec, 'excel').map((row, r) =>
    row.map((value, c) => (spec.cells[r][c]?.formula !== undefined ? value : literal(value))));
}

/**
 * The playground's workbook: sheets computed by HyperFormula with the KPI functions, each with
 * the look its template gave it, and one active sheet. It knows no DOM; the view draws it.
 */
export class PlaygroundWorkbook {
  private readonly engine: HyperFormula;
  private readonly looks = new Map<string, SheetLook>();
  private readonly listeners = new Set<() => void>();
  private active = '';

  constructor() {
    registerKpiFunctions();
    this.engine = HyperFormula.buildEmpty(ENGINE_CONFIG);
  }

  /** A workbook of these template sheets, the first active. */
  static withSheets(specs: readonly TemplateSpec[]): PlaygroundWorkbook {
    const workbook = new PlaygroundWorkbook();
    const [first] = specs.map((spec) => workbook.addTemplate(spec));
    if (first) workbook.activate(first);
    return workbook;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  sheetNames(): string[] {
    return this.engine.getSheetNames();
  }

  hasSheet(name: string): boolean {
    return this.engine.doesSheetExist(name);
  }

  get activeSheet(): string {
    return this.active;
  }

  activate(name: string): void {
    if (!this.hasSheet(name)) throw new Error(`no sheet ${name}`);
    if (this.active === name) return;
    this.active = name;
    this.changed();
  }

  private id(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  }

  /** Adds a template as a new sheet, never over an existing one, and activates it. */
  addTemplate(spec: TemplateSpec): string {
    return this.addSheet(spec.sheetName, templateContent(spec), {
      columnWidths: spec.columnWidths,
      frozenRows: spec.frozenRows,
      styles: templateStyles(spec),
      formats: templateNumberFormats(spec),
      validations: spec.validations,
      conditionalFills: spec.conditionalFills,
    });
  }

  /**
   * Writes a template's rows into an existing sheet from `startRow` down (blocks added below the
   * sheet's rows), its looks, dropdowns and fills moved there beside the sheet's own.
   */
  writeTemplateAt(name: string, spec: TemplateSpec, startRow: number): void {
    const look = this.looks.get(name);
    if (!look) throw new Error(`no sheet ${name}`);
    this.engine.setCellContents({ sheet: this.id(name), row: startRow, col: 0 }, templateContent(spec));
    const moved = <T extends { range: ListValidation['range'] }>(item: T): T => ({ ...item, range: { ...item.range, row: item.range.row + startRow } });
    const padTo = <T>(rows: readonly (readonly T[])[], filler: T[]): (readonly T[])[] =>
      [...rows, ...Array.from({ length: Math.max(0, startRow - rows.length) }, () => filler)].slice(0, startRow);
    this.looks.set(name, {
      ...look,
      styles: [...padTo(look.styles, []), ...templateStyles(spec)],
      formats: [...padTo(look.formats, []), ...templateNumberFormats(spec)],
      validations: [...look.validations, ...spec.validations.map(moved)],
      conditionalFills: [...look.conditionalFills, ...spec.conditionalFills.map(moved)],
    });
    this.changed();
  }

  /** Writes formulas (`=…`) or values into single cells, in one batch. */
  setCells(name: string, cells: readonly (Position & { readonly content: string })[]): void {
    this.engine.batch(() => {
      for (const cell of cells) this.engine.setCellContents({ sheet: this.id(name), row: cell.row, col: cell.column }, cell.content);
    });
    this.changed();
  }

  /** Adds a sheet of these cells (`=…` a formula) with this look, never over an existing one, and activates it. */
  addSheet(wanted: string, content: RawCellContent[][], look: SheetLook): string {
    const name = uniqueSheetName(wanted, this.sheetNames());
    this.engine.addSheet(name);
    this.engine.setSheetContent(this.id(name), content);
    this.looks.set(name, look);
    this.active = name;
    this.changed();
    return name;
  }

  /** The formula of a cell (`=…`), if it holds one of its own. */
  formula(name: string, at: Position): string | undefined {
    return this.engine.getCellFormula({ sheet: this.id(name), row: at.row, col: at.column });
  }

  /** The rectangle a formula's result spills over, from its own cell; one cell for a plain result. */
  spillSize(name: string, at: Position): { rows: number; columns: number } {
    const inArray = (row: number, column: number) => this.isSpilled(name, { row, column });
    let rows = 1;
    let columns = 1;
    while (inArray(at.row + rows, at.column)) rows++;
    while (inArray(at.row, at.column + columns)) columns++;
    return { rows, columns };
  }

  look(name: string): SheetLook | undefined {
    return this.looks.get(name);
  }

  /** Rows and columns in use: the values' extent or the template's, whichever is larger. */
  size(name: string): { rows: number; columns: number } {
    const { height, width } = this.engine.getSheetDimensions(this.id(name));
    const look = this.looks.get(name);
    return { rows: Math.max(height, look?.styles.length ?? 0), columns: Math.max(width, look?.columnWidths.length ?? 0) };
  }

  value(name: string, at: Position): unknown {
    return this.engine.getCellValue({ sheet: this.id(name), row: at.row, col: at.column });
  }

  numberFormat(name: string, at: Position): string {
    const look = this.looks.get(name);
    return look?.formats[at.row]?.[at.column] ?? look?.columnFormats?.[at.column] ?? GENERAL;
  }

  /** What the formula bar shows in `lang`: the formula, or the value as typed; a spilled cell's value. */
  input(name: string, at: Position, lang: Lang = 'en'): string {
    const address = { sheet: this.id(name), row: at.row, col: at.column };
    const value = this.engine.getCellValue(address);
    return showInput(this.engine.getCellFormula(address), isErrorValue(value) ? value.value : value, lang, this.numberFormat(name, at));
  }

  /** Whether the cell shows part of a spilled result rather than its own content. */
  isSpilled(name: string, at: Position): boolean {
    const address = { sheet: this.id(name), row: at.row, col: at.column };
    return this.engine.isCellPartOfArray(address) && this.engine.getCellFormula(address) === undefined;
  }

  /** Writes what a user typed in `lang`: `=…` a formula, numbers and dates as such, text as text. */
  setInput(name: string, at: Position, typed: string, lang: Lang = 'en'): void {
    this.engine.setCellContents({ sheet: this.id(name), row: at.row, col: at.column }, readInput(typed, lang, this.numberFormat(name, at)));
    this.changed();
  }

  /** A sheet's values as a host hands them to the validator: errors as their code, like `#N/A`. */
  values(name: string): unknown[][] {
    return this.engine.getSheetValues(this.id(name)).map((row) => row.map((cell) => (isErrorValue(cell) ? cell.value : cell)));
  }

  /**
   * Appends rows to an append-only log sheet (the history, the check-ins), found in either language
   * or made with its header on first use, below its last row; the active sheet stays.
   */
  appendLog(log: AppendLog, rows: readonly (readonly HistoryCell[])[], lang: Lang): string {
    const name = logSheetNames(log, lang).find((candidate) => this.hasSheet(candidate)) ?? log.sheetName[lang];
    if (!this.hasSheet(name)) {
      const header = log.header(lang);
      this.engine.addSheet(name);
      this.engine.setSheetContent(this.id(name), [header.map(literal)]);
      this.looks.set(name, {
        columnWidths: header.map(() => 120),
        frozenRows: 1,
        styles: [header.map(() => STYLES.header)],
        formats: [],
        columnFormats: log.numberFormats(),
        validations: [],
        conditionalFills: [],
      });
    }
    const { height } = this.engine.getSheetDimensions(this.id(name));
    this.engine.setCellContents({ sheet: this.id(name), row: height, col: 0 }, rows.map((row) => row.map(literal)));
    this.changed();
    return name;
  }

  destroy(): void {
    this.engine.destroy();
    this.listeners.clear();
  }
}

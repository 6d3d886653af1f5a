import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { DashboardChart } from '../shared/dashboard/layout';
import type { Lang } from '../shared/i18n/lang';
import type { HistoryCell } from '../shared/history';
import {
  STYLES, templateNumberFormats, templateStyles, templateValues,
  type CellStyle, type ConditionalFill, type ListValidation, type PrintSetup, type TemplateSpec,
} from '../shared/templates';
import { logSheetNames, uniqueSheetName, type AppendLog } from '../shared/workbook';
import { ENGINE_CONFIG } from './engine/config';
import { registerKpiFunctions } from './engine/kpi-plugin';
import { readInput, showInput, typedFormat } from './cell-input';
import { formatValue, isErrorValue } from './format';

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
  /** The template's print setup, over the template rectangle (`styles`' rows x `columnWidths`). */
  readonly print?: PrintSetup;
  /** Charts floating over the sheet, drawn from their source sheet's cells as they stand. */
  readonly charts?: readonly DashboardChart[];
}

export interface Position {
  readonly row: number;
  readonly column: number;
}

const GENERAL = 'General';

/** A rectangle of cells on a sheet: what a copy takes. */
export interface CellBlock extends Position {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
}

/** A workbook as the browser keeps it between visits. */
export interface SavedWorkbook {
  readonly active: string;
  readonly sheets: readonly { readonly name: string; readonly content: RawCellContent[][]; readonly look: SheetLook }[];
}

const EMPTY_LOOK: SheetLook = { columnWidths: [], frozenRows: 0, styles: [], formats: [], validations: [], conditionalFills: [] };

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

function templateLook(spec: TemplateSpec, charts?: readonly DashboardChart[]): SheetLook {
  return {
    columnWidths: spec.columnWidths,
    frozenRows: spec.frozenRows,
    styles: templateStyles(spec),
    formats: templateNumberFormats(spec),
    validations: spec.validations,
    conditionalFills: spec.conditionalFills,
    print: spec.print,
    ...(charts ? { charts } : {}),
  };
}

/**
 * The playground's workbook: sheets computed by HyperFormula with the KPI functions, each with
 * the look its template gave it, and one active sheet. It knows no DOM; the view draws it.
 */
export class PlaygroundWorkbook {
  private readonly engine: HyperFormula;
  // By sheet id, which survives a rename and an undone delete.
  private readonly looks = new Map<number, SheetLook>();
  private readonly listeners = new Set<() => void>();
  private active = '';

  constructor() {
    registerKpiFunctions();
    this.engine = HyperFormula.buildEmpty(ENGINE_CONFIG);
  }

  /** A workbook of these template sheets, the first active; opening it is nothing to undo. */
  static withSheets(specs: readonly TemplateSpec[]): PlaygroundWorkbook {
    const workbook = new PlaygroundWorkbook();
    const [first] = specs.map((spec) => workbook.addTemplate(spec));
    if (first) workbook.activate(first);
    workbook.opened();
    return workbook;
  }

  /** A workbook as `saved()` gave it. */
  static fromSaved(saved: SavedWorkbook): PlaygroundWorkbook {
    const workbook = new PlaygroundWorkbook();
    for (const sheet of saved.sheets) workbook.addSheet(sheet.name, sheet.content, sheet.look);
    if (workbook.hasSheet(saved.active)) workbook.activate(saved.active);
    workbook.opened();
    return workbook;
  }

  /** Every sheet's cells as typed (formulas as formulas) and look, and the active sheet: plain JSON to keep. */
  saved(): SavedWorkbook {
    return {
      active: this.active,
      sheets: this.sheetNames().map((name) => ({ name, content: this.ownContent(name), look: this.looks.get(this.id(name)) ?? EMPTY_LOOK })),
    };
  }

  /** A sheet's cells as typed: a spilled result belongs to its formula's cell, so its other cells are blank. */
  private ownContent(name: string): RawCellContent[][] {
    return this.engine.getSheetSerialized(this.id(name)).map((row, r) =>
      row.map((content, c) => (this.isSpilled(name, { row: r, column: c }) ? null : content)));
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

  /** Adds a template (and charts over it) as a new sheet, never over an existing one, and activates it. */
  addTemplate(spec: TemplateSpec, charts?: readonly DashboardChart[]): string {
    return this.addSheet(spec.sheetName, templateContent(spec), templateLook(spec, charts));
  }

  /** Empties a sheet and writes a template (and charts) in its place, as a rebuilt dashboard is. */
  replaceWithTemplate(name: string, spec: TemplateSpec, charts?: readonly DashboardChart[]): void {
    this.engine.setSheetContent(this.id(name), templateContent(spec));
    this.looks.set(this.id(name), templateLook(spec, charts));
    this.changed();
  }

  /**
   * Writes a template's rows into an existing sheet from `startRow` down (blocks added below the
   * sheet's rows), its looks, dropdowns and fills moved there beside the sheet's own.
   */
  writeTemplateAt(name: string, spec: TemplateSpec, startRow: number): void {
    const look = this.looks.get(this.id(name));
    if (!look) throw new Error(`no sheet ${name}`);
    this.engine.setCellContents({ sheet: this.id(name), row: startRow, col: 0 }, templateContent(spec));
    const moved = <T extends { range: ListValidation['range'] }>(item: T): T => ({ ...item, range: { ...item.range, row: item.range.row + startRow } });
    const padTo = <T>(rows: readonly (readonly T[])[], filler: T[]): (readonly T[])[] =>
      [...rows, ...Array.from({ length: Math.max(0, startRow - rows.length) }, () => filler)].slice(0, startRow);
    this.looks.set(this.id(name), {
      ...look,
      styles: [...padTo(look.styles, []), ...templateStyles(spec)],
      formats: [...padTo(look.formats, []), ...templateNumberFormats(spec)],
      validations: [...look.validations, ...spec.validations.map(moved)],
      conditionalFills: [...look.conditionalFills, ...spec.conditionalFills.map(moved)],
    });
    this.changed();
  }

  /** Writes formulas (`=…`) or values into single cells, in one batch; null empties a cell. */
  setCells(name: string, cells: readonly (Position & { readonly content: string | null })[]): void {
    this.engine.batch(() => {
      for (const cell of cells) this.engine.setCellContents({ sheet: this.id(name), row: cell.row, col: cell.column }, cell.content);
    });
    this.changed();
  }

  /** Adds a sheet of these cells (`=…` a formula) with this look, never over an existing one, and activates it. */
  addSheet(wanted: string, content: RawCellContent[][], look: SheetLook): string {
    const name = uniqueSheetName(wanted, this.sheetNames());
    // One batch: undo takes the whole sheet away in one step.
    this.engine.batch(() => {
      this.engine.addSheet(name);
      this.engine.setSheetContent(this.id(name), content);
    });
    this.looks.set(this.id(name), look);
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
    const id = this.engine.getSheetId(name);
    return id === undefined ? undefined : this.looks.get(id);
  }

  /** Rows and columns in use: the values' extent or the template's, whichever is larger. */
  size(name: string): { rows: number; columns: number } {
    const { height, width } = this.engine.getSheetDimensions(this.id(name));
    const look = this.look(name);
    return { rows: Math.max(height, look?.styles.length ?? 0), columns: Math.max(width, look?.columnWidths.length ?? 0) };
  }

  value(name: string, at: Position): unknown {
    return this.engine.getCellValue({ sheet: this.id(name), row: at.row, col: at.column });
  }

  numberFormat(name: string, at: Position): string {
    const look = this.look(name);
    return look?.formats[at.row]?.[at.column] ?? look?.columnFormats?.[at.column] ?? GENERAL;
  }

  /** What the formula bar shows in `lang`: the formula, or the value as typed; a spilled cell's value. */
  input(name: string, at: Position, lang: Lang = 'en'): string {
    const address = { sheet: this.id(name), row: at.row, col: at.column };
    const value = this.engine.getCellValue(address);
    return showInput(this.engine.getCellFormula(address), isErrorValue(value) ? value.value : value, lang, this.numberFormat(name, at));
  }

  /** The cell whose formula a value comes from: the cell itself, or a spilled result's first cell. */
  source(name: string, at: Position): Position {
    if (!this.isSpilled(name, at)) return at;
    let { row, column } = at;
    while (row > 0 && this.isSpilled(name, { row: row - 1, column })) row--;
    while (column > 0 && this.isSpilled(name, { row, column: column - 1 })) column--;
    // The first cell sits above the spilled cells of its own column, left of those of its row.
    const above = { row: row - 1, column };
    return row > 0 && this.formula(name, above) !== undefined ? above : { row, column: Math.max(0, column - 1) };
  }

  /** Whether the cell shows part of a spilled result rather than its own content. */
  isSpilled(name: string, at: Position): boolean {
    const address = { sheet: this.id(name), row: at.row, col: at.column };
    return this.engine.isCellPartOfArray(address) && this.engine.getCellFormula(address) === undefined;
  }

  /** Writes what a user typed in `lang`: `=…` a formula, numbers and dates as such, text as text. */
  setInput(name: string, at: Position, typed: string, lang: Lang = 'en'): void {
    const format = this.numberFormat(name, at);
    const content = readInput(typed, lang, format);
    this.engine.setCellContents({ sheet: this.id(name), row: at.row, col: at.column }, content);
    const taken = typedFormat(typed, content, lang, format);
    if (taken) this.setNumberFormat(name, at, taken);
    this.changed();
  }

  /** One cell's number format, beside the template's. */
  private setNumberFormat(name: string, at: Position, format: string): void {
    const look = this.looks.get(this.id(name)) ?? EMPTY_LOOK;
    const formats = look.formats.map((row) => [...row]);
    while (formats.length <= at.row) formats.push([]);
    formats[at.row][at.column] = format;
    this.looks.set(this.id(name), { ...look, formats });
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
    this.engine.batch(() => {
      if (!this.hasSheet(name)) {
        const header = log.header(lang);
        this.engine.addSheet(name);
        this.engine.setSheetContent(this.id(name), [header.map(literal)]);
        this.looks.set(this.id(name), {
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
    });
    this.changed();
    return name;
  }

  /** The workbook as built so far is where undo stops: opening it is nothing to undo. */
  opened(): void {
    this.engine.clearUndoStack();
    this.engine.clearRedoStack();
  }

  canUndo(): boolean {
    return this.engine.isThereSomethingToUndo();
  }

  canRedo(): boolean {
    return this.engine.isThereSomethingToRedo();
  }

  undo(): void {
    if (!this.canUndo()) return;
    this.engine.undo();
    this.settle();
  }

  redo(): void {
    if (!this.canRedo()) return;
    this.engine.redo();
    this.settle();
  }

  /** After an undo or redo the active sheet may be gone (an undone insert): the first one is shown then. */
  private settle(): void {
    if (!this.hasSheet(this.active)) this.active = this.sheetNames()[0] ?? '';
    this.changed();
  }

  /** Why a sheet cannot be renamed to `wanted`, or undefined when it can. */
  canRename(name: string, wanted: string): 'empty' | 'taken' | 'invalid' | undefined {
    const trimmed = wanted.trim();
    if (trimmed === '') return 'empty';
    if (trimmed !== name && this.sheetNames().some((other) => other.toLowerCase() === trimmed.toLowerCase())) return 'taken';
    // Excel's rule, which the .xlsx download must keep: at most 31 characters, none of : \ / ? * [ ].
    if (trimmed.length > 31 || /[:\\/?*[\]]/.test(trimmed) || !this.engine.isItPossibleToRenameSheet(this.id(name), trimmed)) return 'invalid';
    return undefined;
  }

  /** Renames a sheet; formulas that point at it follow, as in Excel. */
  renameSheet(name: string, wanted: string): string {
    if (this.canRename(name, wanted)) throw new Error(`cannot rename ${name} to ${wanted}`);
    const trimmed = wanted.trim();
    this.engine.renameSheet(this.id(name), trimmed);
    // Charts follow their source sheet's new name, as formulas do.
    for (const [id, look] of this.looks) {
      if (look.charts?.some((chart) => chart.sourceSheet === name)) {
        this.looks.set(id, { ...look, charts: look.charts.map((chart) => (chart.sourceSheet === name ? { ...chart, sourceSheet: trimmed } : chart)) });
      }
    }
    if (this.active === name) this.active = trimmed;
    this.changed();
    return trimmed;
  }

  /** Deletes a sheet (undo brings it back); the last sheet stays. The sheet beside it becomes active. */
  removeSheet(name: string): void {
    const names = this.sheetNames();
    if (names.length <= 1) throw new Error('the last sheet cannot be deleted');
    const index = names.indexOf(name);
    this.engine.removeSheet(this.id(name));
    if (this.active === name) this.active = this.sheetNames()[Math.max(0, index - 1)];
    this.changed();
  }

  /**
   * Pastes a copied rectangle of cells at `at`, formulas moved as Excel moves them (relative
   * references shift, absolute ones stay); false when the source sheet is gone.
   */
  pasteCells(source: CellBlock, name: string, at: Position): boolean {
    const from = this.engine.getSheetId(source.sheet);
    if (from === undefined) return false;
    const range = (sheet: number, corner: Position) => ({
      start: { sheet, row: corner.row, col: corner.column },
      end: { sheet, row: corner.row + source.rows - 1, col: corner.column + source.columns - 1 },
    });
    const target = range(this.id(name), at);
    const content = this.engine.getFillRangeData(range(from, source), target);
    this.engine.setCellContents(target.start, content);
    this.changed();
    return true;
  }

  /** Pastes rows of text (from another program) at `at`, each cell read as if typed in `lang`. */
  pasteText(name: string, at: Position, rows: readonly (readonly string[])[], lang: Lang): void {
    const sheet = this.id(name);
    this.engine.setCellContents({ sheet, row: at.row, col: at.column }, rows.map((row, r) =>
      row.map((typed, c) => readInput(typed, lang, this.numberFormat(name, { row: at.row + r, column: at.column + c })))));
    this.changed();
  }

  /** A block's cells as text, tab between cells and a line per row, as spreadsheets copy. */
  text(block: CellBlock, lang: Lang): string {
    return Array.from({ length: block.rows }, (_, r) => Array.from({ length: block.columns }, (_, c) => {
      const at = { row: block.row + r, column: block.column + c };
      return formatValue(this.value(block.sheet, at), this.numberFormat(block.sheet, at), lang).text;
    }).join('\t')).join('\n');
  }

  destroy(): void {
    this.engine.destroy();
    this.listeners.clear();
  }
}
